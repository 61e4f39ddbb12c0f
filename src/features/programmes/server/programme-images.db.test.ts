import zlib from 'node:zlib';
import { eq, sql } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPerson, type TestPerson } from '../../../app/testing/people.ts';
import { createTestServer, type TestServer } from '../../../app/testing/test-server.ts';
import type { Role } from '../../../server/access.ts';
import { createProgramme } from '../../../server/testing/factories.ts';
import { auditEvent } from '../../audit/server/audit-event.table.ts';
import type { ProgrammeImage } from '../programme-images.contract.ts';
import { programme } from './programme.table.ts';
import { programmeImage, programmeImageFile } from './programme-image.table.ts';

/** A picture with some detail (so its encodings differ in size), `width` × `height`. */
function picture(width: number, height: number) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <rect width="100%" height="100%" fill="#2b5f8a"/><circle cx="50%" cy="50%" r="30%" fill="#f4c542"/></svg>`;
  return sharp(Buffer.from(svg));
}
const base64 = (bytes: Buffer) => bytes.toString('base64');
const described = {
  decorative: false,
  alt: { da: 'En gul sol over havet', en: 'A yellow sun over the sea' },
};

/** A PNG whose header claims `width` × `height` pixels (its CRC right), with one pixel of data. */
function claimedPng(width: number, height: number, real: Buffer): Buffer {
  const out = Buffer.from(real);
  out.writeUInt32BE(width, 16);
  out.writeUInt32BE(height, 20);
  out.writeUInt32BE(zlib.crc32(out.subarray(12, 29)), 29);
  return out;
}

describe("the programme page's images", () => {
  let s: TestServer;
  let home: { id: string; slug: string };
  let staff: TestPerson;
  beforeAll(async () => {
    s = await createTestServer();
    home = (await createProgramme(s.t.db, 'Billeder')) as { id: string; slug: string };
    staff = await addPerson(s, { programmeId: home.id, roles: ['staff'] });
    await s.app.inject({
      method: 'PUT',
      url: `/api/programmes/${home.id}/page/da`,
      payload: {
        title: 'Billeder',
        tagline: '',
        what: [],
        who: [],
        how: [],
        contacts: [],
        cafe: [],
        support: [],
      },
      headers: { origin: s.env.publicUrl, cookie: staff.cookie },
    });
  });
  afterAll(() => s.close());

  const call: TestServer['call'] = (...args) => s.call(...args);
  const imagesUrl = (programmeId = home.id) => `/api/programmes/${programmeId}/images`;
  const upload = (
    bytes: Buffer,
    description: object = described,
    cookie = staff.cookie,
    programmeId = home.id,
  ) => call('POST', imagesUrl(programmeId), cookie, { ...description, data: base64(bytes) });
  const fetchFile = (src: string, headers: Record<string, string> = {}) =>
    s.app.inject({ url: src, headers });

  it.each([
    ['PNG', () => picture(2400, 1200).png().toBuffer()],
    ['JPEG', () => picture(1200, 900).jpeg().toBuffer()],
    ['WebP', () => picture(640, 480).webp().toBuffer()],
  ])('takes a %s, re-encodes it as WebP no wider than 1600 px, and audits it', async (_type, make) => {
    const res = await upload(await make());
    expect(res.statusCode, res.body).toBe(201);
    const image = res.json() as ProgrammeImage;
    expect(image).toMatchObject({ contentType: 'image/webp', ...described });
    for (const file of image.files) {
      const served = await fetchFile(file.src);
      expect(served.statusCode).toBe(200);
      const meta = await sharp(served.rawPayload).metadata();
      expect(meta).toMatchObject({ format: 'webp', width: file.width, height: file.height });
    }
    const widths = image.files.map((f) => f.width);
    expect(Math.max(...widths)).toBeLessThanOrEqual(1600);
    expect(widths).toEqual([...widths].sort((a, b) => a - b));
    const audits = await s.t.db.db
      .select()
      .from(auditEvent)
      .where(eq(auditEvent.purpose, 'POST /api/programmes/:programmeId/images'));
    expect(audits.some((a) => (a.details as { imageId?: string }).imageId === image.id)).toBe(true);
  });

  it('makes a wide photo in two widths, for phones and for desks', async () => {
    const res = await upload(await picture(3000, 2000).jpeg().toBuffer());
    expect((res.json() as ProgrammeImage).files.map((f) => [f.width, f.height])).toEqual([
      [800, 533],
      [1600, 1067],
    ]);
  });

  it('removes EXIF and GPS metadata from a photo', async () => {
    const withGps = await picture(1000, 750)
      .jpeg()
      .withExif({
        IFD0: { Make: 'Telefon', Copyright: 'Peer-mentor' },
        IFD3: {
          GPSLatitudeRef: 'N',
          GPSLatitude: '55/1 42/1 0/1',
          GPSLongitudeRef: 'E',
          GPSLongitude: '9/1 32/1 0/1',
        },
      })
      .toBuffer();
    expect((await sharp(withGps).metadata()).exif).toBeDefined();
    const image = (await upload(withGps)).json() as ProgrammeImage;
    for (const file of image.files) {
      const served = (await fetchFile(file.src)).rawPayload;
      const meta = await sharp(served).metadata();
      expect(meta.exif).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
      expect(served.includes('GPS')).toBe(false);
      expect(served.includes('Telefon')).toBe(false);
    }
  });

  it('refuses SVG, other files, a JPEG header on something else, and animation', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    const gif = await picture(40, 40).gif().toBuffer();
    const fake = Buffer.concat([
      Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
      Buffer.from('<html>not a photo</html>'),
    ]);
    const frame = (c: string) =>
      sharp({ create: { width: 20, height: 20, channels: 3, background: c } })
        .png()
        .toBuffer();
    const animated = await sharp([await frame('#f00'), await frame('#00f')], { join: { animated: true } })
      .webp()
      .toBuffer();
    const cases: [Buffer, number, string][] = [
      [svg, 415, 'IMAGE_TYPE_NOT_ALLOWED'],
      [gif, 415, 'IMAGE_TYPE_NOT_ALLOWED'],
      [Buffer.from('%PDF-1.4 hello'), 415, 'IMAGE_TYPE_NOT_ALLOWED'],
      [fake, 400, 'IMAGE_UNREADABLE'],
      [animated, 415, 'IMAGE_ANIMATED'],
    ];
    const before = await countImages();
    for (const [bytes, status, code] of cases) {
      const res = await upload(bytes);
      expect([res.statusCode, res.json().code], code).toEqual([status, code]);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    const notBase64 = await call('POST', imagesUrl(), staff.cookie, { ...described, data: 'ÆØÅ!' });
    expect(notBase64.json().code).toBe('IMAGE_UNREADABLE');
    expect(await countImages()).toBe(before);
  });

  it('refuses a file over 8 MB and a small file that would decode to a huge image', async () => {
    const real = await sharp({ create: { width: 1, height: 1, channels: 3, background: '#000' } })
      .png()
      .toBuffer();
    const bomb = claimedPng(10_000, 10_000, real);
    const res = await upload(bomb);
    expect([res.statusCode, res.json().code]).toEqual([413, 'IMAGE_TOO_LARGE']);
    const big = Buffer.concat([real, Buffer.alloc(8 * 1024 * 1024)]);
    const tooBig = await upload(big);
    expect([tooBig.statusCode, tooBig.json().code]).toEqual([413, 'IMAGE_TOO_LARGE']);
    expect(tooBig.json().title).toMatch(/for stort/);
  });

  it('needs Danish alt text unless the image is decorative, and then keeps none', async () => {
    const png = await picture(300, 200).png().toBuffer();
    const missing = await upload(png, { decorative: false, alt: { da: '  ', en: 'Only English' } });
    expect([missing.statusCode, missing.json().code]).toEqual([400, 'IMAGE_ALT_REQUIRED']);
    expect(missing.json().errors).toEqual([expect.objectContaining({ path: 'body.alt.da' })]);
    const decorative = await upload(png, { decorative: true, alt: { da: 'ignored', en: '' } });
    expect(decorative.json()).toMatchObject({ decorative: true, alt: { da: '', en: '' } });
  });

  it('shows the images on the public page with alt text in its language, falling back to Danish', async () => {
    const other = (await createProgramme(s.t.db, 'Sprog')) as { id: string; slug: string };
    const admin = await addPerson(s, { programmeId: other.id, roles: ['admin'] });
    const page = {
      title: 'Sprog',
      tagline: '',
      what: [],
      who: [],
      how: [],
      contacts: [],
      cafe: [],
      support: [],
    };
    for (const locale of ['da', 'en'])
      await call('PUT', `/api/programmes/${other.id}/page/${locale}`, admin.cookie, page);
    const png = await picture(300, 200).png().toBuffer();
    const both = (await upload(png, described, admin.cookie, other.id)).json() as ProgrammeImage;
    const daOnly = (
      await upload(png, { decorative: false, alt: { da: 'Kun dansk', en: '' } }, admin.cookie, other.id)
    ).json() as ProgrammeImage;
    const read = async (locale: string) =>
      (await call('GET', `/api/public/programmes/${other.slug}/page?locale=${locale}`)).json().images;
    expect(await read('en')).toEqual([
      { id: both.id, alt: 'A yellow sun over the sea', altLocale: 'en', files: both.files },
      { id: daOnly.id, alt: 'Kun dansk', altLocale: 'da', files: daOnly.files },
    ]);
    expect((await read('da'))[0]).toMatchObject({ alt: 'En gul sol over havet', altLocale: 'da' });
  });

  it('serves a file with its type, nosniff, an ETag and for ever under its hash', async () => {
    const image = (await upload(await picture(2000, 1000).png().toBuffer())).json() as ProgrammeImage;
    const [small, large] = image.files as [ProgrammeImage['files'][0], ProgrammeImage['files'][0]];
    const res = await fetchFile(small.src);
    expect(res.headers).toMatchObject({
      'content-type': 'image/webp',
      'x-content-type-options': 'nosniff',
      'cache-control': 'public, max-age=31536000, immutable',
    });
    const etag = res.headers.etag as string;
    expect(etag).toMatch(/^"[0-9a-f]{64}"$/);
    expect(await fetchFile(small.src, { 'if-none-match': etag })).toMatchObject({ statusCode: 304 });
    // Without the hash (or an old one) the address may change: revalidate each time.
    const bare = `/api/public/programmes/${home.slug}/images/${image.id}`;
    const unversioned = await fetchFile(`${bare}?w=800&v=old`);
    expect(unversioned.headers['cache-control']).toBe('public, no-cache');
    expect(unversioned.headers.etag).toBe(etag);
    expect((await fetchFile(bare)).headers.etag).toBe(
      large.src.match(/v=(\w+)/)?.[0].replace('v=', '"') + '"',
    );
    expect((await fetchFile(`${bare}?w=100`)).headers.etag).toBe(etag); // narrower than all: the narrowest
  });

  it.each<Role>(['peer', 'mentor', 'researcher'])('refuses a %s', async (role) => {
    const person = await addPerson(s, { programmeId: home.id, roles: [role] });
    const png = await picture(100, 100).png().toBuffer();
    expect((await upload(png, described, person.cookie)).statusCode).toBe(403);
    expect((await call('GET', imagesUrl(), person.cookie)).statusCode).toBe(403);
    expect((await call('GET', imagesUrl())).statusCode).toBe(401);
  });

  it("keeps another programme's images out of sight and out of reach", async () => {
    const mine = (await upload(await picture(200, 100).png().toBuffer())).json() as ProgrammeImage;
    const other = (await createProgramme(s.t.db, 'Naboen')) as { id: string; slug: string };
    const neighbour = await addPerson(s, { programmeId: other.id, roles: ['staff'] });
    expect((await call('GET', imagesUrl(home.id), neighbour.cookie)).statusCode).toBe(403);
    const own = (await call('GET', imagesUrl(other.id), neighbour.cookie)).json();
    expect(own.images).toEqual([]);
    const viaOwn = `${imagesUrl(other.id)}/${mine.id}`;
    expect((await call('PUT', viaOwn, neighbour.cookie, described)).json().code).toBe('IMAGE_NOT_FOUND');
    expect((await call('DELETE', viaOwn, neighbour.cookie)).statusCode).toBe(404);
    const elsewhere = mine.files[0]!.src.replace(home.slug, other.slug);
    expect((await fetchFile(elsewhere)).statusCode).toBe(404);
    expect((await fetchFile(mine.files[0]!.src)).statusCode).toBe(200);
  });

  it('changes alt text, order and removes, each audited, and the public page follows', async () => {
    const list = async () => (await call('GET', imagesUrl(), staff.cookie)).json().images as ProgrammeImage[];
    const ids = (await list()).map((i) => i.id);
    const [first] = ids;
    const changed = await call('PUT', `${imagesUrl()}/${first}`, staff.cookie, {
      decorative: false,
      alt: { da: 'Ny tekst', en: '' },
    });
    expect(changed.json()).toMatchObject({ alt: { da: 'Ny tekst', en: '' } });
    const reversed = [...ids].reverse();
    const ordered = await call('PUT', `${imagesUrl()}/order`, staff.cookie, { ids: reversed });
    expect(ordered.statusCode, ordered.body).toBe(200);
    expect((await list()).map((i) => i.id)).toEqual(reversed);
    const wrong = await call('PUT', `${imagesUrl()}/order`, staff.cookie, { ids: reversed.slice(1) });
    expect([wrong.statusCode, wrong.json().code]).toEqual([409, 'IMAGE_ORDER_MISMATCH']);
    const src = (await list()).find((i) => i.id === first)!.files[0]!.src;
    expect((await call('DELETE', `${imagesUrl()}/${first}`, staff.cookie)).statusCode).toBe(204);
    expect((await fetchFile(src)).statusCode).toBe(404);
    const publicIds = (await call('GET', `/api/public/programmes/${home.slug}/page`))
      .json()
      .images.map((i: { id: string }) => i.id);
    expect(publicIds).toEqual(reversed.filter((id) => id !== first));
    const purposes = (await s.t.db.db.select().from(auditEvent)).map((a) => a.purpose);
    expect(purposes).toEqual(
      expect.arrayContaining([
        'PUT /api/programmes/:programmeId/images/:imageId',
        'PUT /api/programmes/:programmeId/images/order',
        'DELETE /api/programmes/:programmeId/images/:imageId',
      ]),
    );
  });

  it('goes with its programme when the programme is deleted', async () => {
    const gone = await createProgramme(s.t.db, 'Slettes');
    const admin = await addPerson(s, { programmeId: gone.id, roles: ['admin'] });
    await upload(await picture(100, 100).png().toBuffer(), described, admin.cookie, gone.id);
    const count = () =>
      s.t.db.asOwner(async (tx) => {
        const [images] = await tx
          .select({ n: sql<number>`count(*)::int` })
          .from(programmeImage)
          .where(eq(programmeImage.programmeId, gone.id));
        const [files] = await tx
          .select({ n: sql<number>`count(*)::int` })
          .from(programmeImageFile)
          .where(eq(programmeImageFile.programmeId, gone.id));
        return [images!.n, files!.n];
      });
    expect(await count()).toEqual([1, 1]);
    await s.t.db.asOwner((tx) => tx.execute(sql`delete from membership where programme_id = ${gone.id}`));
    await s.t.db.asOwner((tx) => tx.delete(programme).where(eq(programme.id, gone.id)));
    expect(await count()).toEqual([0, 0]);
  });

  async function countImages() {
    return s.t.db.asOwner(async (tx) => (await tx.select().from(programmeImage)).length);
  }
});
