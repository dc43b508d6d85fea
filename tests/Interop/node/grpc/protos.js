// Loads the platform's contracts from proto/ for grpc-js, and decodes google.rpc.Status details.
'use strict';
const path = require('path');
const protoLoader = require('@grpc/proto-loader');
const grpc = require('@grpc/grpc-js');
const protobuf = require('protobufjs');

const protoRoot = path.resolve(__dirname, '../../../../proto');

function loadPackage(files) {
  const definition = protoLoader.loadSync(files, {
    includeDirs: [protoRoot],
    longs: String,
    enums: String,
    defaults: false,
    oneofs: true,
  });
  return grpc.loadPackageDefinition(definition);
}

const rpcRoot = new protobuf.Root();
rpcRoot.resolvePath = (origin, target) => (target.startsWith('google/protobuf/') ? target : path.join(protoRoot, target));
rpcRoot.loadSync(['google/rpc/status.proto', 'google/rpc/error_details.proto']);
const Status = rpcRoot.lookupType('google.rpc.Status');
const BadRequest = rpcRoot.lookupType('google.rpc.BadRequest');

/** The google.rpc.Status of an error's grpc-status-details-bin, with BadRequest details unpacked. */
function decodeDetails(metadata) {
  const bin = metadata && metadata.get('grpc-status-details-bin')[0];
  if (!bin) return null;
  const status = Status.decode(bin);
  return {
    code: status.code,
    message: status.message,
    fieldViolations: status.details
      .filter((any) => any.type_url.endsWith('/google.rpc.BadRequest'))
      .flatMap((any) => BadRequest.decode(any.value).fieldViolations.map((v) => ({ field: v.field, description: v.description }))),
  };
}

function encodeBadRequest(code, message, field, description) {
  const badRequest = BadRequest.encode(BadRequest.create({ fieldViolations: [{ field, description }] })).finish();
  return Buffer.from(Status.encode(Status.create({
    code,
    message,
    details: [{ type_url: 'type.googleapis.com/google.rpc.BadRequest', value: badRequest }],
  })).finish());
}

module.exports = { grpc, loadPackage, decodeDetails, encodeBadRequest };
