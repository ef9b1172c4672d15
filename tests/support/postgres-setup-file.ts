// Setup file of the db-pg and api-pg projects: once a test file is done, drop the emptied databases it kept.
import { afterAll } from 'vitest';
import { dropEmptiedDatabases } from './postgres-test-databases';

afterAll(dropEmptiedDatabases);
