/**
 * Reading connection settings: where a client is told to connect. Small pure functions over one
 * setting (a string, and the settings next to it): in-cluster host names in URLs of any scheme
 * (http, JDBC, thrift, Spark Connect, Ray, S3, SQLAlchemy), `host:port` lists (Kafka bootstrap
 * servers, Sentinel nodes), text blocks holding such URLs (Trino catalogs, YAML), `*_HOST` with
 * its `*_PORT`, `host` with `port`, and short Service names in address keys.
 */

/** One in-cluster host a setting names. */
export interface HostReference {
  /** The host as written, e.g. `postgresql.matih-control-plane.svc.cluster.local`. */
  readonly host: string;
  readonly service: string;
  /** Namespace the host names; undefined for a short name (the client's own namespace). */
  readonly namespace?: string;
  /** Port written after the host, or the default of its URL scheme. */
  readonly port?: number;
  /** What follows the host's colon when it is not a port (`${PORT}`), for messages. */
  readonly unreadablePort?: string;
  /** URL scheme in front of the host (`postgresql` for `jdbc:postgresql://`). */
  readonly scheme?: string;
}

/** Ports clients use when a URL of this scheme names none (the protocols' and drivers' defaults). */
export const SCHEME_DEFAULT_PORTS: Readonly<Record<string, number>> = {
  http: 80,
  https: 443,
  ws: 80,
  wss: 443,
  postgresql: 5432,
  postgres: 5432,
  redis: 6379,
  rediss: 6379,
  mongodb: 27017,
};

const LABEL = '[a-z0-9](?:[a-z0-9-]*[a-z0-9])?';
/** `<svc>.<ns>`, `<svc>.<ns>.svc` or `<svc>.<ns>.svc.cluster.local`, then an optional `:<port>` (digits or anything up to a delimiter). */
const HOST = new RegExp(
  `(?<![A-Za-z0-9_.-])(${LABEL})\\.(${LABEL})(\\.svc(?:\\.cluster\\.local)?)?(?![A-Za-z0-9_-])(?!\\.[A-Za-z0-9])(?::([^\\s/,;"'?#]*))?`,
  'g',
);
const SCHEME_BEFORE = /([A-Za-z][A-Za-z0-9+.-]*):\/\/(?:[^\s/@]*@)?$/;
/** A key that names a label, not an address (`cluster_label`, `clusterLabel`): its value is an identifier. */
export const LABEL_KEY = /label$/i;
/** The same key written in a text block just before a value (`cluster_label: "tempo.matih-observability"`). */
const LABEL_KEY_BEFORE = /(?:^|[\s{,"'])[A-Za-z0-9_.-]*label["']?\s*[:=]\s*["']?$/i;

/**
 * In-cluster hosts in a string. A host with the `.svc` suffix is always one; a bare `<svc>.<ns>` only
 * when `<ns>` is a namespace of the target (`isNamespace`), so `alerts@matih.ai` or
 * `kafka.strimzi.io` are not mistaken for Services.
 */
export function findHosts(value: string, isNamespace: (ns: string) => boolean): HostReference[] {
  const found: HostReference[] = [];
  if (!value.includes('.')) return found;
  let previous: { end: number; scheme?: string } | undefined;
  for (const m of value.matchAll(HOST)) {
    const [whole, service, namespace, suffix, portText] = m;
    const start = m.index;
    if (!suffix && !isNamespace(namespace)) continue;
    const before = SCHEME_BEFORE.exec(value.slice(Math.max(0, start - 200), start));
    // The next host of a JDBC-style list (`h1:5432,h2:5432/db`) shares the first one's scheme.
    const scheme = before ? before[1].split('+')[0].toLowerCase() : previous && previous.end + 1 === start ? previous.scheme : undefined;
    const host = `${service}.${namespace}${suffix ?? ''}`;
    // Tempo's memberlist `cluster_label: "<release>.<namespace>"` names a ring, not a Service: a bare name after a label key, without a port.
    if (!suffix && !scheme && portText === undefined && LABEL_KEY_BEFORE.test(lineBefore(value, start))) continue;
    let port: number | undefined;
    let unreadablePort: string | undefined;
    if (portText !== undefined && portText !== '') {
      if (/^\d{1,5}$/.test(portText) && Number(portText) > 0 && Number(portText) < 65536) port = Number(portText);
      else unreadablePort = portText;
    } else if (scheme !== undefined) port = SCHEME_DEFAULT_PORTS[scheme];
    found.push({
      host,
      service,
      namespace,
      ...(port !== undefined ? { port } : {}),
      ...(unreadablePort !== undefined ? { unreadablePort } : {}),
      ...(scheme !== undefined ? { scheme } : {}),
    });
    previous = { end: start + whole.length, scheme };
  }
  return found;
}

/** The text of `value`'s line up to `index`. */
function lineBefore(value: string, index: number): string {
  return value.slice(value.lastIndexOf('\n', index - 1) + 1, index);
}

/** Keys that name one address (`bootstrapServers`, `host`, `DB_HOST`, `database.hostname`, `TEMPORAL_ADDRESS`). */
export const ADDRESS_KEY =
  /(?:^|[._-])(?:host|hostname|address|addr|servers|nodes)$|(?:bootstrapServers|[a-z]Host|[a-z]Hostname|[a-z]Address)$/i;

/**
 * Short Service names (`matih-kafka-kafka-bootstrap:9093`, comma-separated) in an address key: they
 * resolve in the client's own namespace. Names with dots are left to findHosts.
 */
const SHORT_NAME = new RegExp(`^(${LABEL})(?::(\\d{1,5}))?$`);

export function findShortNames(value: string): HostReference[] {
  const found: HostReference[] = [];
  for (const token of value.split(/[\s,]+/)) {
    const m = SHORT_NAME.exec(token);
    if (!m || m[1] === 'localhost' || /^\d+$/.test(m[1])) continue;
    found.push({ host: m[1], service: m[1], ...(m[2] !== undefined ? { port: Number(m[2]) } : {}) });
  }
  return found;
}

const HOST_KEY = /(host|hostname)$/i;

/**
 * Ports a `…host` key's neighbours give it: `DB_HOST` -> `DB_PORT`, `QDRANT_HOST` -> `QDRANT_HTTP_PORT`
 * and `QDRANT_GRPC_PORT`, `host` -> `port`, `database.hostname` -> `database.port`. Each entry is
 * the port key and its value (a number, or the text that is not one).
 */
export function siblingPorts(key: string, siblings: ReadonlyMap<string, string>): Array<{ key: string; port?: number; text: string }> {
  const m = HOST_KEY.exec(key);
  if (!m) return [];
  const prefix = key.slice(0, m.index).toLowerCase();
  const result: Array<{ key: string; port?: number; text: string }> = [];
  for (const [k, v] of siblings) {
    const lower = k.toLowerCase();
    if (k === key || !lower.startsWith(prefix) || !lower.endsWith('port') || HOST_KEY.test(lower.slice(prefix.length))) continue;
    // `host` pairs with `port` only, not with `adminPort` or `servicePort`.
    if (prefix === '' && lower !== 'port') continue;
    const text = v.trim();
    const port = /^\d{1,5}$/.test(text) ? Number(text) : undefined;
    result.push({ key: k, ...(port !== undefined && port > 0 && port < 65536 ? { port } : {}), text });
  }
  return result;
}

/** Text of a value stored base64-encoded under a key that says so (`feature_store_yaml_base64`), or undefined. */
export function decodedBase64(key: string, value: string): string | undefined {
  if (!/base64$/i.test(key) || !/^[A-Za-z0-9+/=\s]+$/.test(value)) return undefined;
  const text = Buffer.from(value, 'base64').toString('utf8');
  // eslint-disable-next-line no-control-regex
  return /^[\x09\x0a\x0d\x20-\x7e\u00a0-\uffff]*$/.test(text) ? text : undefined;
}
