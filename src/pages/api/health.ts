import type { APIRoute } from 'astro';
import { answerHealth, toWebResponse } from '../../lib/connection-test-endpoint';

export const prerender = false;

/** Liveness for load balancers and process managers (the production server answers it itself). */
export const GET: APIRoute = () => toWebResponse(answerHealth());
