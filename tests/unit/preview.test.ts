import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort, portIsFree } from '../../src/build/preview.ts';

describe("npm start's port", () => {
  let server: Server | undefined;
  afterEach(
    () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
  );

  it('moves to the next port when the wanted one is taken', async () => {
    server = createServer();
    const taken = await new Promise<number>((resolve) =>
      server!.listen(0, '127.0.0.1', () => resolve((server!.address() as { port: number }).port)),
    );
    expect(await portIsFree(taken)).toBe(false);
    const port = await freePort(taken);
    expect(port).toBeGreaterThan(taken);
    expect(await portIsFree(port)).toBe(true);
  });

  it('says which ports it tried when none is free', async () => {
    server = createServer();
    const taken = await new Promise<number>((resolve) =>
      server!.listen(0, '127.0.0.1', () => resolve((server!.address() as { port: number }).port)),
    );
    await expect(freePort(taken, 1)).rejects.toThrow(`ports ${taken} to ${taken} are all in use`);
  });
});
