// The registry's htpasswd file: one bcrypt entry (distribution accepts bcrypt only). The password goes to
// `htpasswd -niB` on stdin, never on argv, and the file is replaced atomically (write, then rename), so the
// registry, which re-reads the file when it changes, never sees half of it.
import { spawn } from 'node:child_process';
import { rename, writeFile } from 'node:fs/promises';

export async function htpasswdLine(user: string, password: string): Promise<string> {
  if (/[:\s]/.test(user)) throw new Error(`htpasswd user must not contain ':' or whitespace: ${user}`);
  if (/[\r\n]/.test(password)) throw new Error('htpasswd password must be one line');
  return new Promise((resolve, reject) => {
    // -n: print, -i: password from stdin, -B: bcrypt, -C 5: the cheapest cost (checked on every registry request).
    const child = spawn('htpasswd', ['-niB', '-C', '5', user], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (err += c));
    child.once('error', (error) => reject(new Error(`htpasswd could not run (apt-get install apache2-utils): ${error.message}`)));
    child.once('exit', (code) => {
      const line = out.split('\n').find((l) => l.startsWith(`${user}:$2`));
      if (code === 0 && line) resolve(line);
      else reject(new Error(`htpasswd exited ${code}: ${err.trim()}`));
    });
    child.stdin.end(password);
  });
}

export async function writeHtpasswd(path: string, user: string, password: string): Promise<void> {
  const line = await htpasswdLine(user, password);
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temporary, `${line}\n`, { mode: 0o600 });
  await rename(temporary, path);
}
