import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { unusedPort } from '../../scripts/processes.mjs';
import { stopWithParent } from './processes.ts';

/**
 * The reference nginx deployment (deploy/nginx/help-center.conf) run for real by Debian's nginx on
 * 127.0.0.1: the file as it ships, with only its paths (/srv/help → this checkout) and addresses
 * (the listen port, the instances' ports) replaced, inside a minimal nginx.conf of its own.
 */
export interface RunningNginx {
	url: string;
	/** What its access log holds so far. */
	accessLog(): string;
	stop(): Promise<void>;
}

export const nginxPath = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((path) => existsSync(path));

export async function startReferenceNginx(instancePorts: [number, number]): Promise<RunningNginx> {
	if (!nginxPath) throw new Error('nginx is not installed: run `apt-get install -y nginx-light` (as root), as .ci/run does.');
	const folder = mkdtempSync(join(tmpdir(), 'nginx-'));
	const port = await unusedPort();
	const root = resolve('.');
	const site = readFileSync('deploy/nginx/help-center.conf', 'utf8')
		.replaceAll('/srv/help', root)
		.replace('/var/log/nginx/help-center.access.log', join(folder, 'access.log'))
		.replace('listen 8080;', `listen 127.0.0.1:${port};`)
		.replace('server 127.0.0.1:4321;', `server 127.0.0.1:${instancePorts[0]};`)
		.replace('server 127.0.0.1:4322;', `server 127.0.0.1:${instancePorts[1]};`);
	writeFileSync(join(folder, 'help-center.conf'), site);
	for (const temp of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(folder, temp));
	writeFileSync(
		join(folder, 'nginx.conf'),
		[
			// As root (CI), workers would run as nobody, who cannot use this temporary folder.
			...(process.getuid?.() === 0 ? ['user root;'] : []),
			'worker_processes 1;',
			'daemon off;',
			`pid ${folder}/nginx.pid;`,
			`error_log ${folder}/error.log warn;`,
			'events { worker_connections 512; }',
			'http {',
			'	include /etc/nginx/mime.types;',
			'	default_type application/octet-stream;',
			'	access_log off;',
			...['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
				(temp) => `	${temp === 'body' ? 'client_body' : temp}_temp_path ${folder}/${temp};`,
			),
			`	include ${folder}/help-center.conf;`,
			'}',
		].join('\n'),
	);
	const child: ChildProcess = spawn(nginxPath, ['-p', folder, '-c', join(folder, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
	stopWithParent(child);
	let errors = '';
	child.stderr!.on('data', (chunk) => (errors += chunk));
	const url = `http://127.0.0.1:${port}`;
	const deadline = Date.now() + 10_000;
	for (;;) {
		if (child.exitCode !== null)
			throw new Error(`nginx exited with ${child.exitCode}:\n${errors}${readIfThere(join(folder, 'error.log'))}`);
		try {
			await fetch(`${url}/`);
			break;
		} catch {
			if (Date.now() > deadline) throw new Error(`nginx did not start within 10 s:\n${errors}`);
			await new Promise((resolve) => setTimeout(resolve, 50));
		}
	}
	return {
		url,
		accessLog: () => readIfThere(join(folder, 'access.log')),
		async stop() {
			if (child.exitCode === null) {
				child.kill('SIGTERM');
				await once(child, 'exit');
			}
			rmSync(folder, { recursive: true, force: true });
		},
	};
}

function readIfThere(path: string): string {
	try {
		return readFileSync(path, 'utf8');
	} catch {
		return '';
	}
}
