/**
 * Environment settings the model writes into components' configuration: the HikariCP pool size of every
 * Spring Boot service with a PostgreSQL datasource is `settings.dbPoolSize` (fact sheet, PostgreSQL row:
 * "HikariCP pool dev 10 / prod 30").
 */
import type { Component, PlatformSpec, PostgresSizing, ServiceComponent } from '../../config/types';

/** spring.datasource.hikari.maximum-pool-size as an environment variable (Spring Boot relaxed binding). */
export const HIKARI_POOL_SIZE_ENV = 'SPRING_DATASOURCE_HIKARI_MAXIMUMPOOLSIZE';

/** A Spring Boot service whose datasource is PostgreSQL (config/components/define.ts pgConfig). */
function hasPostgresDatasource(c: Component): c is ServiceComponent {
  return c.kind === 'service' && c.runtime === 'java' && (c.config.SPRING_DATASOURCE_URL ?? '').startsWith('jdbc:postgresql:');
}

/**
 * HikariCP keeps `maximumPoolSize` connections open per pod (its minimumIdle defaults to it), so the pools of every
 * Spring Boot service at its replica maximum must fit the shared PostgreSQL's `max_connections`, less what the other
 * clients (charts with their own pools, the operator, superuser slots) are kept: else pods scaled out, or the
 * charts, are refused connections. One problem naming the keys, or none.
 */
export function datasourcePoolsProblem(spec: PlatformSpec): string | undefined {
  const postgres = spec.components.postgresql;
  if (postgres?.kind !== 'operated' || !postgres.enabled) return undefined;
  const sizing = postgres.sizing as PostgresSizing;
  const reserved = sizing.reservedConnections;
  const pods = Object.values(spec.components)
    .filter((c): c is ServiceComponent => c.enabled && hasPostgresDatasource(c))
    .map((c) => c.autoscaling?.maxReplicas ?? c.replicas)
    .reduce((a, b) => a + b, 0);
  const demand = pods * spec.settings.dbPoolSize;
  if (demand + reserved <= sizing.maxConnections) return undefined;
  return (
    `settings.dbPoolSize: ${spec.settings.dbPoolSize} connections for each of ${pods} Spring Boot pods (at their replica maxima) ` +
    `need ${demand}, more than components.postgresql.sizing.maxConnections (${sizing.maxConnections}) less ` +
    `reservedConnections (${reserved}): lower the pool, or raise maxConnections`
  );
}

/** The spec with each PostgreSQL datasource's pool sized from the environment's settings. */
export function withDatasourcePools(spec: PlatformSpec): PlatformSpec {
  const pool = String(spec.settings.dbPoolSize);
  const components = Object.fromEntries(
    Object.entries(spec.components).map(([name, c]) => [
      name,
      hasPostgresDatasource(c) ? { ...c, config: { ...c.config, [HIKARI_POOL_SIZE_ENV]: pool } } : c,
    ]),
  );
  return { ...spec, components };
}
