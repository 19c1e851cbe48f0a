// @vigil/api: one service layer; its REST face (gRPC comes next).
export { ApiService, DEFAULT_QUERY_LIMIT, MAX_QUERY_LIMIT } from './service.js';
export type { ApiServiceOptions, HistoryQuery, HistoryResult } from './service.js';
export { DEFAULT_BODY_LIMIT, buildRest } from './rest.js';
export type { RestOptions, TlsMaterial } from './rest.js';
export {
  ADMIN_TOKEN_FILE,
  ROLES,
  TOKENS_FILE,
  TokenStore,
  allows,
  ensureAdminToken,
} from './tokens.js';
export type { Role } from './tokens.js';
export { GRPC_SERVICES, bindGrpc, buildGrpc, subscribedEvents, vigilClient } from './grpc.js';
export type { GrpcOptions, GrpcServiceName } from './grpc.js';
export { RulesBook, putRuleFiles } from './rules.js';
