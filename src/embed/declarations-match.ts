/**
 * Keeps the published types (token-tester.d.ts, which readers copy without this project) equal to
 * what the tester really sends: `npm run check` fails when either side changes alone.
 */
import type { PrecheckDetail, VerdictDetail } from '../lib/shared/tester-controller';
import type { Verdict } from '../lib/shared/connection-test-schema';
import type { RemoteTokenTesterPrecheckDetail, RemoteTokenTesterVerdictDetail, RemoteTokenVerdict } from './remote-token-tester';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const checks: [
	Same<PrecheckDetail, RemoteTokenTesterPrecheckDetail>,
	Same<VerdictDetail, RemoteTokenTesterVerdictDetail>,
	Same<Verdict, RemoteTokenVerdict>,
] = [true, true, true];
export default checks;
