/**
 * The one place that knows the platform ingress controller's annotations: the typed proxy
 * settings of a route (config/types.ts IngressRoute) as F5 NGINX Ingress Controller 5.5 reads
 * them (internal/configs/annotations.go). HTTPS redirect for TLS hosts is the controller's default.
 */
import type { IngressRoute } from '../../../config/types';

const BODY_SIZE = /^\d+[kKmMgG]?$/;

/** Annotations of the Ingress that routes to `service` (a Service of the Ingress's namespace). */
export function ingressAnnotations(route: IngressRoute, service: string): Record<string, string> {
  const annotations: Record<string, string> = {};
  if (route.maxBodySize !== undefined) {
    if (!BODY_SIZE.test(route.maxBodySize))
      throw new Error(`ingress of ${service}: maxBodySize "${route.maxBodySize}" is not an NGINX size (e.g. 50m)`);
    annotations['nginx.org/client-max-body-size'] = route.maxBodySize;
  }
  if (route.timeoutSeconds !== undefined) {
    if (!Number.isInteger(route.timeoutSeconds) || route.timeoutSeconds < 1)
      throw new Error(`ingress of ${service}: timeoutSeconds must be a positive integer, found ${route.timeoutSeconds}`);
    annotations['nginx.org/proxy-read-timeout'] = `${route.timeoutSeconds}s`;
    annotations['nginx.org/proxy-send-timeout'] = `${route.timeoutSeconds}s`;
  }
  // The controller passes the Upgrade handshake only for Services it is told speak WebSocket.
  if (route.websocket) annotations['nginx.org/websocket-services'] = service;
  return annotations;
}
