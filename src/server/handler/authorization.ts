/**
 * Who may see what. The host's `authorize` says who is calling (its session cookie or bearer token is
 * the host's business); the handler decides what that caller may reach: support staff every support
 * operation, a customer only their own company's history.
 */
import { isSyncHealthError } from '../../core/errors';
import { HttpProblem } from './problem';
import type { SyncHealthRoute } from './routes';

/** Support staff: every operation but the customer history. */
export interface SupportCaller {
  /** The caller's role. */
  role: 'support';
}

/** A customer: only `GET /customer/syncs`, scoped to their company. */
export interface CustomerCaller {
  /** The caller's role. */
  role: 'customer';
  /** The company the customer belongs to: the only one whose history they see. */
  companyId: string;
}

/** Who is calling, as the host's {@link AuthorizeRequest} says. */
export type SyncHealthCaller = SupportCaller | CustomerCaller;

/**
 * The host's auth: reads the request (a session cookie, a bearer token) and says who is calling, or
 * `null` when nobody is signed in (answered 401). May be async. When it throws, the request is
 * answered 401 without the error's message (an auth library that throws on an expired token means
 * "not signed in"); throw a `SyncHealthError` to choose the answer (`network`: 503, with its message).
 */
export type AuthorizeRequest = (request: Request) => SyncHealthCaller | null | undefined | Promise<SyncHealthCaller | null | undefined>;

const NOT_SIGNED_IN = 'Sign in to see sync health.';

/** Whether `authorize` answered a caller the handler understands. */
function isCaller(value: unknown): value is SyncHealthCaller {
  if (typeof value !== 'object' || value === null) return false;
  const { role, companyId } = value as { role?: unknown; companyId?: unknown };
  return role === 'support' || (role === 'customer' && typeof companyId === 'string' && companyId.trim() !== '');
}

/**
 * Who calls: 401 when nobody is signed in or `authorize` throws; 500 when it answers something that is
 * no caller (a customer without a company), which is the host's bug and must not let anyone in.
 */
export async function callerOf(authorize: AuthorizeRequest, request: Request): Promise<SyncHealthCaller> {
  let caller: unknown;
  try {
    caller = await authorize(request);
  } catch (error) {
    if (isSyncHealthError(error)) throw error;
    throw new HttpProblem(401, NOT_SIGNED_IN);
  }
  if (caller === null || caller === undefined) throw new HttpProblem(401, NOT_SIGNED_IN);
  if (!isCaller(caller)) throw new HttpProblem(500, 'The server could not tell who is calling.');
  return caller;
}

/**
 * Refuses (403) a caller the route is not for: a customer anything but their history, and support
 * staff the customer history (it is one company's, and support staff belong to none: they filter
 * `GET /syncs` by `companyId` instead).
 */
export function checkAudience(caller: SyncHealthCaller, route: SyncHealthRoute): void {
  if (caller.role === route.audience) return;
  throw new HttpProblem(
    403,
    caller.role === 'customer' ? 'Customers can see only their own sync history.' : 'The customer history is for signed-in customers; support staff can filter the syncs by company.',
  );
}
