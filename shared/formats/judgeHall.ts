import { z } from 'zod';

// Where a judge's ScoreDesk app may push the judge's score file live (docs/lan.md, "Judges with
// the app"): the head table's hall address and the SHA-256 of its certificate, carried in the
// judge file and signed with the rest of it, so the app talks only to the head table that issued
// the file. Absent from judge files issued while the hall was closed, and from older ones.

/** "https://192.168.8.10:8443": a scheme, an IP address or host name, a port; nothing more. */
const origin = z
  .string()
  .max(200)
  .regex(
    /^https?:\/\/(\[[0-9A-Fa-f:.]+\]|[0-9A-Za-z.-]+):[0-9]{1,5}$/,
    'http(s)://address:port, nothing after it',
  );

export const judgeHallSchema = z
  .object({
    origin,
    /** SHA-256 of the hall certificate's DER, 64 lowercase hex; null when the hall is plain HTTP. */
    certificate: z
      .string()
      .regex(/^[0-9a-f]{64}$/, '64 lowercase hex digits')
      .nullable(),
  })
  .strict()
  // HTTPS is pinned to its certificate; plain HTTP has none to pin. Anything else would let a
  // file send the app to an unchecked HTTPS server, or pretend HTTP is checked.
  .refine((hall) => hall.origin.startsWith('https:') === (hall.certificate !== null), {
    message: 'an https origin carries its certificate, an http one none',
  });
export type JudgeHall = z.infer<typeof judgeHallSchema>;

/** What the head table puts in the judge files it issues while its hall is in this state. */
export function judgeHallOf(status: {
  open: boolean;
  origin: string | null;
  https: boolean;
  certificate: string | null;
  everyInterface: boolean;
}): JudgeHall | null {
  // On every interface the origin names 0.0.0.0 or ::, which no judge's laptop can reach.
  if (!status.open || status.origin === null || status.everyInterface) return null;
  if (status.https && status.certificate === null) return null;
  const hall = { origin: status.origin, certificate: status.https ? status.certificate : null };
  return judgeHallSchema.safeParse(hall).success ? hall : null;
}
