import { loadConfig } from './lib/config.js';
import { knexConfig } from './lib/db.js';

// For the knex CLI against the built output: `npx knex --knexfile dist/knexfile.js migrate:status`.
// The project's own path is `npm run migrate`, which also starts the embedded PostgreSQL when DATABASE_URL is unset.
const { database } = loadConfig();
if (!database.url)
  throw new Error('knexfile: DATABASE_URL is not set (use `npm run migrate` for the embedded database)');

export default knexConfig(database.url, database.pool);
