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
} from "./chunk-TNLLK4H7.js";
import "./chunk-XHTDFNKX.js";
import "./chunk-6DYEWBBY.js";
import "./chunk-JVGS3336.js";
import "./chunk-IOQZQPWB.js";
import "./chunk-XXW5MR4D.js";
import "./chunk-7RFCC46G.js";
import "./chunk-4TRY7L6U.js";
import "./chunk-GDGDS3V2.js";
import "./chunk-UADJL37V.js";
import "./chunk-QTSLDMF7.js";
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
