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
} from "./chunk-2ZAEXIQZ.js";
import "./chunk-LDHWUKY2.js";
import "./chunk-XQCEK6DL.js";
import "./chunk-QUVPZRWM.js";
import "./chunk-3B63D3NS.js";
import "./chunk-XXW5MR4D.js";
import "./chunk-WIDOLLPZ.js";
import "./chunk-OVMG5FOR.js";
import "./chunk-YCNWWMYE.js";
import "./chunk-RLG2GL7P.js";
import "./chunk-ENVWGUHO.js";
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
