import { isObject, json, parseJsonBody, type Ctx, type Reply } from '../core';

/** The training user, in the shape of the document's login example. */
export const TRAINING_USER_ID = 88;

/** POST {auth}/public/auth/login. */
export function login(ctx: Ctx): Reply {
  const parsed = parseJsonBody(ctx.body);
  if (!parsed.ok || !isObject(parsed.value)) return json(400, { message: 'Request body must be a JSON object {username, password}' });
  const { username, password } = parsed.value;
  // Both are mandatory Strings in the Authentication table.
  const missing = [
    ...(typeof username !== 'string' || username === '' ? ['username is required: a string'] : []),
    ...(typeof password !== 'string' || password === '' ? ['password is required: a string'] : []),
  ];
  if (missing.length) return json(400, { errorMessage: { status: 'Rejected', message: missing } });
  const { credentials } = ctx.core;
  if (username !== credentials.glaasUsername || password !== credentials.glaasPassword) {
    return json(401, { message: 'Invalid username or password' });
  }
  const sessionId = ctx.core.sessions.create(username);
  return json(200, {
    sessionId,
    username,
    redirectPath: null,
    user: {
      username,
      firstName: 'Training',
      lastName: 'User',
      mobile: '9000000000',
      email: 'training@fielddesk.invalid',
      userid: TRAINING_USER_ID,
      role: null,
      fcmId: null,
      caAgentId: null,
      partnerId: 0,
      imId: null,
      collectionFcmId: null,
      password: null,
      createdDate: 1626937461039,
      id: null,
      status: null,
    },
  });
}
