/**
 * Environment settings the model writes into components' configuration: the HikariCP pool size of every
 * Spring Boot service with a PostgreSQL datasource is `settings.dbPoolSize` (fact sheet, PostgreSQL row:
 * "HikariCP pool dev 10 / prod 30").
 */
import type { Component, PlatformSpec } from '../../config/types';

/** spring.datasource.hikari.maximum-pool-size as an environment variable (Spring Boot relaxed binding). */
export const HIKARI_POOL_SIZE_ENV = 'SPRING_DATASOURCE_HIKARI_MAXIMUMPOOLSIZE';

/** A Spring Boot service whose datasource is PostgreSQL (config/components/define.ts pgConfig). */
function hasPostgresDatasource(c: Component): boolean {
  return c.kind === 'service' && c.runtime === 'java' && (c.config.SPRING_DATASOURCE_URL ?? '').startsWith('jdbc:postgresql:');
}

/** The spec with each PostgreSQL datasource's pool sized from the environment's settings. */
export function withDatasourcePools(spec: PlatformSpec): PlatformSpec {
  const pool = String(spec.settings.dbPoolSize);
  const components = Object.fromEntries(
    Object.entries(spec.components).map(([name, c]) => [
      name,
      c.kind === 'service' && hasPostgresDatasource(c) ? { ...c, config: { ...c.config, [HIKARI_POOL_SIZE_ENV]: pool } } : c,
    ]),
  );
  return { ...spec, components };
}
