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
} from "./chunk-GRYPKSBD.js";
import "./chunk-6ILBIJGD.js";
import "./chunk-DPPNZJRR.js";
import "./chunk-6YQ7U77Y.js";
import "./chunk-ZIXOJKAV.js";
import "./chunk-XXW5MR4D.js";
import "./chunk-YQG4AGVR.js";
import "./chunk-SYMGQFVV.js";
import "./chunk-SQ5BTLK2.js";
import "./chunk-4ZMCAFKB.js";
import "./chunk-FD3BTITG.js";
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
