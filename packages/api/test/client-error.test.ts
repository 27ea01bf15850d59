// What the server answers when Node's HTTP parser refuses a request before the app sees it
// (client-error.ts, the server's `clientError` listener), over a real TCP connection: each reason's
// status and sentence in a problem document, and nothing at all to a client that reset its
// connection. hardening.test.ts sends the requests that cause those a real server can give (a bad
// request line, headers over 64 kB); the server's two time-outs are 60 s and 300 s, too long to
// wait for in a test, and Node 20 reports an overlong request line as a header overflow, so those
// three reasons are given to the listener directly here, on a socket as the server would have it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { connect, createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { answerClientError } from '../src/client-error.js';

let server: Server;
let accepted: ((socket: Socket) => void) | undefined;
before(async () => {
  server = createServer((socket) => accepted?.(socket));
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
});
after(() => new Promise<void>((ok) => server.close(() => ok())));

/** What a client receives when the server's side of its connection is given to `answer`. */
async function received(answer: (socket: Socket) => void): Promise<string> {
  const serverSide = new Promise<Socket>((ok) => (accepted = ok));
  const client = connect((server.address() as AddressInfo).port, '127.0.0.1');
  const chunks: Buffer[] = [];
  client.on('data', (c: Buffer) => chunks.push(c));
  const closed = new Promise<void>((ok) => client.on('close', () => ok()));
  client.on('error', () => undefined);
  answer(await serverSide);
  const bounded = setTimeout(() => client.destroy(new Error('the server left the connection open')), 5000);
  await closed;
  clearTimeout(bounded);
  return Buffer.concat(chunks).toString('utf8');
}

const refusal = (code: string) => Object.assign(new Error(code), { code });

/** The answer's status line, headers and problem document. */
function parse(text: string) {
  const [head = '', body = ''] = text.split('\r\n\r\n');
  const [status, ...lines] = head.split('\r\n');
  const headers = Object.fromEntries(
    lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 2)]),
  );
  return {
    status,
    headers,
    body,
    problem: JSON.parse(body) as { status: number; title: string; detail: string; type: string },
  };
}

test('each reason the parser gives is answered with its status and sentence, as a problem, and the connection closed', async () => {
  const cases: [string, string, string][] = [
    ['ERR_HTTP_REQUEST_TIMEOUT', '408 Request Timeout', 'The request was not received in time.'],
    ['ERR_HTTP_HEADERS_TIMEOUT', '408 Request Timeout', 'The request headers were not received in time.'],
    ['HPE_URI_TOO_LONG', '414 URI Too Long', 'The request line is longer than the server accepts.'],
    [
      'HPE_HEADER_OVERFLOW',
      '431 Request Header Fields Too Large',
      'The request headers are larger than the server accepts (64 kB in all).',
    ],
    ['HPE_INVALID_METHOD', '400 Bad Request', 'The request is not well-formed HTTP/1.1.'],
  ];
  for (const [code, status, detail] of cases) {
    const answer = parse(await received((socket) => answerClientError(refusal(code), socket)));
    assert.equal(answer.status, `HTTP/1.1 ${status}`, code);
    assert.deepEqual(
      answer.headers,
      {
        'content-type': 'application/problem+json; charset=utf-8',
        'content-length': String(Buffer.byteLength(answer.body)),
        'access-control-allow-origin': '*',
        'cache-control': 'no-store',
        connection: 'close',
      },
      code,
    );
    const [number, ...title] = status.split(' ');
    assert.deepEqual(
      [answer.problem.status, answer.problem.title, answer.problem.detail],
      [Number(number), title.join(' '), detail],
      code,
    );
  }
});

test('a client that reset its connection gets nothing written to it; a socket already ended is left alone', async () => {
  assert.equal(await received((socket) => answerClientError(refusal('ECONNRESET'), socket)), '');
  // A socket the server can no longer write to: closed without an answer, and without an error.
  assert.equal(
    await received((socket) => {
      socket.end();
      answerClientError(refusal('HPE_INVALID_METHOD'), socket);
    }),
    '',
  );
});
