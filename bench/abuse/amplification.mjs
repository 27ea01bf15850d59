// Amplification (issue 14, item 1): bytes answered per byte asked for requests built to make the
// API write a lot (thousands of unknown parameters, long names, a write body full of bad fields),
// each against its goal of at most the request plus 4 kB; then GET /v1/meta's p99 while twenty
// clients send the 2,737-parameter request, against its value at rest in the same run (≤ 3×).
import { connect } from 'node:net';

export const name = 'amplification';

/** Sends `request` (a complete HTTP/1.1 message with Connection: close) and counts the answer's bytes. */
function exchange(url, request) {
  const { hostname, port } = new URL(url);
  return new Promise((ok, fail) => {
    const socket = connect(Number(port), hostname);
    let bytes = 0;
    let head = '';
    socket.on('data', (d) => {
      if (bytes === 0) head = d.toString('latin1', 0, 40);
      bytes += d.length;
    });
    socket.on('error', fail);
    socket.on('close', () => ok({ bytes, status: Number(head.split(' ')[1]) }));
    socket.end(request);
  });
}

const get = (target) => `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`;
const post = (target, token, body) =>
  `POST ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${token}\r\n` +
  `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`;

/** 2,737 one- and two-character parameter names: an 8.2 kB request target (under the 8,192 limit). */
export const MANY_PARAMS = `/v1/partners?${Array.from({ length: 2737 }, (_, i) => (i < 36 ? i : i % 1296).toString(36)).join('&')}`;

export async function run({ url, metaP99, token }) {
  const project = {
    id: 'abuse-0001',
    title: { en: 'Amplification probe' },
    pillar: 2,
    status: '2',
    implementer: 'unodc',
    donors: ['unodc'],
    beneficiaries: ['tjk'],
    start: '2026-01-01',
    budget: { amount: 1, currency: 'USD' },
  };
  const bad = { ...project };
  for (let i = 0; i < 4000; i++) bad[`f${i}`] = i;
  const cases = [
    ['2,737 unknown parameters', get(MANY_PARAMS)],
    [
      '30 unknown 200-character names',
      get(`/v1/projects?${Array.from({ length: 30 }, (_, i) => `${'x'.repeat(197)}${i}=1`).join('&')}`),
    ],
    [
      'every filter with a bad 60-character value',
      get(
        `/v1/projects?${['pillar', 'status', 'country', 'donor', 'sort', 'lang', 'limit', 'cursor']
          .map((p) => `${p}=${'z'.repeat(60)}`)
          .join('&')}`,
      ),
    ],
    ['write body with 4,000 bad fields', post('/v1/projects', token, JSON.stringify(bad))],
    [
      'write body with a 20,000-character field name',
      post('/v1/projects', token, JSON.stringify({ ...project, ['y'.repeat(20_000)]: 1 })),
    ],
  ];
  const rows = [];
  for (const [label, request] of cases) {
    const asked = Buffer.byteLength(request);
    const { bytes, status } = await exchange(url, request);
    if (status < 400) throw new Error(`${label}: answered ${status}, not a refusal`);
    const goal = (asked + 4096) / asked;
    rows.push({
      case: `${label} (${status}, ${asked} B asked, ${bytes} B answered)`,
      metric: 'response bytes per request byte',
      value: bytes / asked,
      goal,
      unit: '×',
      ok: bytes <= asked + 4096,
    });
  }
  const rest = await metaP99();
  const attack = () => Promise.all(Array.from({ length: 20 }, () => exchange(url, get(MANY_PARAMS)))).then(() => {});
  const under = await metaP99(attack);
  rows.push({
    case: `/v1/meta p99 with 20 clients sending 2,737 parameters (${under.toFixed(1)} ms vs ${rest.toFixed(1)} ms at rest)`,
    metric: 'p99 under attack / p99 at rest',
    value: under / rest,
    goal: 3,
    unit: '×',
    ok: under / rest <= 3,
  });
  return rows;
}
