import { createRequire as __bundleCreateRequire } from 'node:module';
const require = __bundleCreateRequire(import.meta.url);
import {
  DescribeModelPackage$,
  ListModelPackages$,
  SageMakerClient,
  UpdateModelPackage$,
  _ep0,
  _mw0,
  command
} from "./chunk-4CD5FJAK.js";
import "./chunk-OHFGXQOX.js";
import "./chunk-RYU5CAWC.js";
import "./chunk-TLR3LVH3.js";
import "./chunk-C3PBLGPH.js";
import "./chunk-XXW5MR4D.js";
import "./chunk-F6CLMNI6.js";
import "./chunk-7HN2AUSU.js";
import "./chunk-NQIGOT3M.js";
import "./chunk-UVORLSOP.js";
import "./chunk-4TIBVVUH.js";
import "./chunk-5JZGMAOE.js";

// ../../node_modules/@aws-sdk/client-sagemaker/dist-es/commands/DescribeModelPackageCommand.js
var DescribeModelPackageCommand = class extends command(_ep0, _mw0, "DescribeModelPackage", DescribeModelPackage$) {
};

// ../../node_modules/@aws-sdk/client-sagemaker/dist-es/commands/ListModelPackagesCommand.js
var ListModelPackagesCommand = class extends command(_ep0, _mw0, "ListModelPackages", ListModelPackages$) {
};

// ../../node_modules/@aws-sdk/client-sagemaker/dist-es/commands/UpdateModelPackageCommand.js
var UpdateModelPackageCommand = class extends command(_ep0, _mw0, "UpdateModelPackage", UpdateModelPackage$) {
};
export {
  DescribeModelPackageCommand,
  ListModelPackagesCommand,
  SageMakerClient,
  UpdateModelPackageCommand
};
