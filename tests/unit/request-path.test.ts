import { expect, test } from 'vitest';
import { apiRouteOf, requestPath } from '../../src/server/api/request-path';

test.for([
	['/environments/', '/environments/'],
	['/environments/?utm_source=mail', '/environments/'],
	['/%65nvironments/', '/environments/'],
	['/api/%63onnection%2Dtest', '/api/connection-test'],
	['/%E0%A4%A/', null],
] as const)('requestPath(%j) is %j', ([url, expected]) => {
	expect(requestPath(url)).toBe(expected);
});

test.for([
	['/api/connection-test', '/api/connection-test'],
	['/api/connection-test/', '/api/connection-test'],
	['//api//Connection-Test', '/api/connection-test'],
	['/API/health', '/api/health'],
	['/api', '/api'],
	['/api/nothing', '/api/nothing'],
	['/apiary/', null],
	['/environments/', null],
] as const)('apiRouteOf(%j) is %j: every spelling of an API path is the API layer’s', ([path, expected]) => {
	expect(apiRouteOf(path)).toBe(expected);
});
