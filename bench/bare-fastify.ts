// The baseline for the HTTP benchmark: a bare Fastify server with one small JSON route, run as
// its own process like the app, so both pay the same process and loopback costs.
import Fastify from 'fastify';

const app = Fastify();
app.get('/json', async () => ({ status: 'ok' }));
const port = Number(process.env.PORT ?? 0);
await app.listen({ port, host: '127.0.0.1' });
console.log(`listening ${(app.server.address() as { port: number }).port}`);
