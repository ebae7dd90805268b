// Worker-thread entry: runs streaming analyses off the caller's event loop (BullMQ lock renewals keep running
// there), one job after another: the thread stays in a pool, so its start-up and its JIT warm-up are paid once.
import { parentPort } from 'node:worker_threads';
import { AcousticAnalyzer } from './analyzer.js';
import type { FromWorker, ToWorker } from './protocol.js';

const port = parentPort;
if (!port) throw new Error('the acoustic analysis worker must run in a worker thread');
let analyzer: AcousticAnalyzer | undefined;
const send = (message: FromWorker) => port.postMessage(message);

port.on('message', (message: ToWorker) => {
  try {
    if (message.type === 'chunk') {
      (analyzer ??= new AcousticAnalyzer()).write(new Uint8Array(message.buffer));
      send({ type: 'ack', bytes: message.buffer.byteLength });
    } else {
      const features = (analyzer ?? new AcousticAnalyzer()).end(message.transcriptWords);
      analyzer = undefined;
      send({ type: 'result', features });
    }
  } catch (err) {
    // The pool retires a thread that failed: its state is not trusted for another job.
    send({ type: 'error', message: err instanceof Error ? err.message : String(err) });
    port.close();
  }
});
send({ type: 'ready' });
