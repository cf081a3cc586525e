/**
 * ChromaDB's nightly copy: a logical export of every collection (name, metadata, and each record's
 * id, embedding, document and metadata) through the server's HTTP API with the Chroma client of the
 * server's own image, as gzip'd JSON lines. A copy of the volume would need the claim mounted
 * beside the running server (ReadWriteOnce: only on the same node) and would copy a live SQLite
 * file and HNSW segments mid-write; the API export is consistent per page and restores into any
 * Chroma version that reads the same client API (README "Restore ChromaDB").
 */
import { RESTRICTED_UID } from '../../../../config/pod-security';
import { secretEnv } from '../pod-template';
import { serviceDumpAddOn } from './service-dump';

/** Records per request. */
const PAGE = 500;

const EXPORT_PY = String.raw`import gzip, json, os
import chromadb
from chromadb.config import Settings

client = chromadb.HttpClient(
    host=os.environ["CHROMA_HOST"], port=int(os.environ["CHROMA_PORT"]),
    settings=Settings(anonymized_telemetry=False,
                      chroma_client_auth_provider="chromadb.auth.token_authn.TokenAuthClientProvider",
                      chroma_client_auth_credentials=os.environ["CHROMA_TOKEN"]))
page = int(os.environ["PAGE"])
plain = lambda v: v.tolist() if hasattr(v, "tolist") else v
with gzip.open(os.environ["OUT"], "wt", encoding="utf-8") as out:
    for listed in client.list_collections():
        col = client.get_collection(getattr(listed, "name", listed), embedding_function=None)
        out.write(json.dumps({"collection": col.name, "metadata": col.metadata}) + "\n")
        offset = 0
        while True:
            got = col.get(limit=page, offset=offset, include=["embeddings", "documents", "metadatas"])
            if not got["ids"]:
                break
            out.write(json.dumps({"collection": col.name, "ids": got["ids"],
                                  "embeddings": [plain(e) for e in plain(got["embeddings"])],
                                  "documents": got["documents"], "metadatas": got["metadatas"]}) + "\n")
            offset += len(got["ids"])
`;

export const chromadbBackupAddOn = serviceDumpAddOn('chromadb', (c) => {
  if (c.kind !== 'service') throw new Error(`component "chromadb" must be kind "service" for its export job, found "${c.kind}"`);
  const auth = c.secrets.find((s) => Object.keys(s.env).includes('CHROMA_SERVER_AUTHN_CREDENTIALS'));
  if (!auth) throw new Error('components.chromadb.secrets: the export job needs the server token (env CHROMA_SERVER_AUTHN_CREDENTIALS)');
  return {
    // The server's image: Python and the Chroma client of the same version.
    image: `${c.image.repository}:${c.image.tag}`,
    uid: RESTRICTED_UID,
    script: `OUT="$DUMP_DIR/chromadb-$STAMP.jsonl.gz" python - <<'PY'\n${EXPORT_PY}PY`,
    env: [
      { name: 'CHROMA_HOST', value: `chromadb.${c.namespace}.svc.cluster.local` },
      { name: 'CHROMA_PORT', value: String(c.port) },
      { name: 'PAGE', value: String(PAGE) },
      { name: 'HOME', value: '/tmp' },
      secretEnv('CHROMA_TOKEN', auth.secret, auth.env.CHROMA_SERVER_AUTHN_CREDENTIALS),
    ],
  };
});
