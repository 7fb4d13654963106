// The connection pool the PostgreSQL store shares between its reads and writes. BIGINT (epoch ms, ids, counts)
// comes back as a JavaScript number: every value the store keeps there is below 2^53.
import pg from 'pg';

export type PgPool = pg.Pool;
export type PgClient = pg.PoolClient;
/** What runs a query: the pool (one statement, any connection) or a client inside a transaction. */
export type Queryable = Pick<pg.Pool, 'query'>;

const INT8_OID = 20;
const NUMERIC_OID = 1700;

/** Only the text format is used (no binary mode): text in, parsed value out. */
const textParser = pg.types.getTypeParser as (oid: number, format: 'text') => (value: string) => unknown;

const types = {
  getTypeParser: ((oid: number) => {
    if (oid === INT8_OID || oid === NUMERIC_OID) return (value: string) => Number(value);
    return textParser(oid, 'text');
  }) as typeof pg.types.getTypeParser,
};

export function createPgPool(connectionString: string, max = 10): PgPool {
  return new pg.Pool({ connectionString, max, types, application_name: 'social-wall' });
}

/** Runs `work` in one transaction on one connection; rolled back if it throws. */
export async function inTransaction<T>(pool: PgPool, work: (client: PgClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  // pg's pool takes its error listener off a client it lends: the connection lost between two statements (the
  // server restarted) would be an unhandled 'error' event that ends the process. Here it fails the transaction
  // (its next statement throws) and the client leaves the pool.
  let lost: Error | undefined;
  const onError = (error: Error): void => void (lost = error);
  client.on('error', onError);
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.removeListener('error', onError);
    client.release(lost);
  }
}

/** The database's address for messages and logs: without its password. */
export function describeDatabase(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    url.password = '';
    return url.toString();
  } catch {
    return 'the PostgreSQL database';
  }
}
