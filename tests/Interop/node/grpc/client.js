// A real @grpc/grpc-js client calling our server. Usage: node client.js <host:port> <scenario> [token]
// Prints one JSON line: {"ok":true,"messages":[...]} or {"ok":false,"code":N,"details":...}.
'use strict';
const { grpc, loadPackage, decodeDetails } = require('./protos');

const [address, scenario, token] = process.argv.slice(2);
const pkg = loadPackage(['commissioning/finance/v1/finance_service.proto', 'commissioning/contracts/v1/contracts_service.proto']);
const credentials = grpc.credentials.createInsecure();
const finance = new pkg.commissioning.finance.v1.FinanceService(address, credentials);
const contracts = new pkg.commissioning.contracts.v1.ContractsService(address, credentials);

function metadata() {
  const md = new grpc.Metadata();
  if (token) md.set('authorization', `Bearer ${token}`);
  return md;
}

const deadline = (ms) => ({ deadline: new Date(Date.now() + ms) });
const headroom = (budgetLineId, pence) => ({ budgetLineId, amount: { pence: String(pence), currencyCode: 'GBP' } });

const scenarios = {
  unary: (done) => finance.CheckHeadroom(headroom('ccg-a-01', 25000000), metadata(), deadline(10000), done),
  invalid: (done) => finance.CheckHeadroom(headroom('ccg-a-01', -1), metadata(), deadline(10000), done),
  deadline: (done) => finance.CheckHeadroom(headroom('slow', 1), metadata(), deadline(200), done),
  unimplemented: (done) => contracts.ListContracts({ providerCode: '1-101' }, metadata(), deadline(10000), done),
  stream: (done) => {
    const messages = [];
    const call = contracts.ListEligibleProviders({ serviceType: 'home-care', locality: 'wallasey' }, metadata(), deadline(10000));
    call.on('data', (m) => messages.push(m));
    call.on('error', (e) => done(e));
    call.on('end', () => done(null, messages));
  },
};

scenarios[scenario]((error, response) => {
  if (error) {
    console.log(JSON.stringify({ ok: false, code: error.code, message: error.details, details: decodeDetails(error.metadata) }));
  } else {
    console.log(JSON.stringify({ ok: true, messages: Array.isArray(response) ? response : [response] }));
  }
  process.exit(0);
});
