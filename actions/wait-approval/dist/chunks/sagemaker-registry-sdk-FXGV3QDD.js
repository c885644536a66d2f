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
} from "./chunk-VN75QQAW.js";
import "./chunk-PZBUUGPM.js";
import "./chunk-KFWTROOG.js";
import "./chunk-V5RP6XSW.js";
import "./chunk-TWZWASCS.js";
import "./chunk-XXW5MR4D.js";
import "./chunk-INSPHFIE.js";
import "./chunk-MLGMN2K7.js";
import "./chunk-TZS6D3PF.js";
import "./chunk-J4XZZMXM.js";
import "./chunk-UYI5YQBY.js";
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
