// A real @grpc/grpc-js server of ContractsService for our client to call. Usage: node server.js <port>
// Prints "READY <port>" once listening.
'use strict';
const { grpc, loadPackage, encodeBadRequest } = require('./protos');

const port = process.argv[2];
const pkg = loadPackage(['commissioning/contracts/v1/contracts_service.proto']);
const server = new grpc.Server();

server.addService(pkg.commissioning.contracts.v1.ContractsService.service, {
  // Echoes what arrived, so the caller can check the metadata it sent.
  GetContract: (call, callback) => callback(null, {
    contract: {
      contractId: call.request.contractId,
      reference: String(call.metadata.get('authorization')[0] || ''),
      type: 'CONTRACT_TYPE_SECTION_75_DELEGATION',
      annualValue: { pence: '519000000', currencyCode: 'GBP' },
      noticeMonths: 3,
    },
  }),
  ListEligibleProviders: (call) => {
    for (const code of ['2-201', '2-202', '2-203', '2-204']) {
      call.write({ provider: { code, kind: 'ORGANISATION_KIND_PROVIDER' }, cqcRating: 'CQC_RATING_GOOD' });
    }
    call.end();
  },
  CheckProviderEligibility: (call, callback) => {
    const metadata = new grpc.Metadata();
    metadata.set('grpc-status-details-bin',
      encodeBadRequest(grpc.status.INVALID_ARGUMENT, 'Say which provider.', 'providerCode', 'A provider code is required.'));
    callback({ code: grpc.status.INVALID_ARGUMENT, details: 'Say which provider.', metadata });
  },
  // Never answers: the caller's deadline has to end it.
  GetRateInForce: () => {},
});

server.bindAsync(`127.0.0.1:${port}`, grpc.ServerCredentials.createInsecure(), (error, bound) => {
  if (error) {
    console.error(error.message);
    process.exit(1);
  }
  console.log(`READY ${bound}`);
});
