// harness.js: preloaded into Learning Locker's statement service for the
// sync tests (`node -r tests/lrs/harness.js node_modules/xapi-statements/
// dist/server.js`). It changes nothing in how the service stores
// statements; it only
//   - binds every server it starts to 127.0.0.1 (the service listens on
//     all interfaces by itself);
//   - answers the service's client look-up (AUTH_REPO=fetch with
//     LL_CLIENT_INFO_ENDPOINT=http://127.0.0.1:PORT/coach-test/client):
//     the one client whose key and secret are COACH_TEST_KEY and
//     COACH_TEST_SECRET is known, any other gets 404, which the service
//     turns into its own "no client" answer, as Learning Locker does;
//   - counts the POSTs to /xAPI/statements (GET /coach-test/posts);
//   - on GET /coach-test/fail?status=500&count=N, answers the next N POSTs
//     to /xAPI/statements with that status instead of passing them on.
'use strict';
const http = require('http');
const net = require('net');

const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  // listen(port[, host][, backlog][, callback]) or listen({port, host})
  if (typeof args[0] === 'object' && args[0] !== null) {
    args[0] = Object.assign({}, args[0], { host: '127.0.0.1' });
  } else if (typeof args[0] === 'number' || typeof args[0] === 'string') {
    const callback = args.find((a) => typeof a === 'function');
    args = callback ? [args[0], '127.0.0.1', callback] : [args[0], '127.0.0.1'];
  }
  return listen.apply(this, args);
};

const key = process.env.COACH_TEST_KEY || '';
const secret = process.env.COACH_TEST_SECRET || '';
const knownAuthorization = 'Basic ' + Buffer.from(`${key}:${secret}`).toString('base64');
const client = {
  _id: '5f0000000000000000000001',
  title: 'Discovery Coach test client',
  authority: { objectType: 'Agent', mbox: 'mailto:coach-test@example.org' },
  isTrusted: true,
  lrs_id: '5f0000000000000000000002',
  organisation: '5f0000000000000000000003',
  scopes: ['all'],
};

let posts = 0;
let failStatus = 0;
let failCount = 0;

function answer(res, status, body) {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
}

function harness(req, res) {
  const url = new URL(req.url, 'http://127.0.0.1');
  if (url.pathname === '/coach-test/client') {
    if (key !== '' && req.headers.authorization === knownAuthorization) answer(res, 200, client);
    else answer(res, 404, { message: 'No client with these credentials' });
    return true;
  }
  if (url.pathname === '/coach-test/posts') {
    answer(res, 200, { posts });
    return true;
  }
  if (url.pathname === '/coach-test/fail') {
    failStatus = Number(url.searchParams.get('status') || 500);
    failCount = Number(url.searchParams.get('count') || 1);
    answer(res, 200, { failStatus, failCount });
    return true;
  }
  if (req.method === 'POST' && url.pathname === '/xAPI/statements') {
    posts++;
    if (failCount > 0) {
      failCount--;
      req.resume();
      answer(res, failStatus, { message: `test harness: answering ${failStatus}` });
      return true;
    }
  }
  return false;
}

const createServer = http.createServer;
http.createServer = function (...args) {
  const at = args.findIndex((a) => typeof a === 'function');
  if (at >= 0) {
    const handler = args[at];
    args[at] = (req, res) => {
      if (!harness(req, res)) handler(req, res);
    };
  }
  return createServer.apply(this, args);
};
