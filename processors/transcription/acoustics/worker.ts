// Worker-thread entry: runs the streaming analysis off the caller's event loop (BullMQ lock renewals keep
// running there). Receives PCM chunks, acknowledges each one for flow control, answers the features at the end.
import { parentPort } from 'node:worker_threads';
import { AcousticAnalyzer } from './analyzer.js';
import type { FromWorker, ToWorker } from './protocol.js';

const port = parentPort;
if (!port) throw new Error('the acoustic analysis worker must run in a worker thread');
const analyzer = new AcousticAnalyzer();
const send = (message: FromWorker) => port.postMessage(message);

port.on('message', (message: ToWorker) => {
  try {
    if (message.type === 'chunk') {
      analyzer.write(new Uint8Array(message.buffer));
      send({ type: 'ack', bytes: message.buffer.byteLength });
    } else {
      send({ type: 'result', features: analyzer.end(message.transcriptWords) });
      port.close();
    }
  } catch (err) {
    send({ type: 'error', message: err instanceof Error ? err.message : String(err) });
    port.close();
  }
});
