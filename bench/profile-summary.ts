import { readFileSync } from 'node:fs';
import path from 'node:path';

// `npx tsx bench/profile-summary.ts <file.cpuprofile>…`: self time by package and top functions, for profiles
// written by `npm run bench -- --cpu-prof` (bench/.profiles/<backend>/). Idle time is left out.

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

function bucket(url: string): string {
  if (!url) return '(native/vm)';
  if (url.startsWith('node:')) return 'node internals';
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = url.slice(nm + 'node_modules/'.length).split('/');
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  return `resona ${path.relative(process.cwd(), url.replace(/^file:\/\//, ''))}`;
}

for (const file of process.argv.slice(2)) {
  const p = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  p.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
  const buckets = new Map<string, number>();
  const fns = new Map<string, number>();
  let busy = 0;
  for (const [id, us] of self) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    if (functionName === '(idle)') continue;
    busy += us;
    const b = ['(garbage collector)', '(program)'].includes(functionName) ? functionName : bucket(url);
    buckets.set(b, (buckets.get(b) ?? 0) + us);
    const fn = `${functionName || '(anonymous)'} ${bucket(url)}:${lineNumber + 1}`;
    fns.set(fn, (fns.get(fn) ?? 0) + us);
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(
        ([k, us]) =>
          `  ${((100 * us) / busy).toFixed(1).padStart(5)} %  ${(us / 1000).toFixed(0).padStart(6)} ms  ${k}`,
      );
  console.log(`\n${file}: ${(busy / 1000).toFixed(0)} ms on CPU\nby package (self time):`);
  console.log(top(buckets, 14).join('\n'));
  console.log('top functions (self time):');
  console.log(top(fns, 20).join('\n'));
}
