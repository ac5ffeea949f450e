import { chromiumFlags } from '../../playwright.config';
import { RENDERER_ORIGIN } from '../support/serve-renderer';
import { expect, test } from './fixtures';

const TRAINING = { credgenics: { environment: 'training' }, glaas: { environment: 'training' } } as const;

// Chromium's stand-in camera (a moving test pattern), and no permission prompt: in the app the
// main process answers the prompt (security.ts allows 'media', video only, for app:// only).
// app:// is registered as a secure scheme in Electron; the harness's http origin is made one too,
// since browsers offer the camera to secure pages only.
test.use({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...chromiumFlags, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--unsafely-treat-insecure-origin-as-secure=${RENDERER_ORIGIN}`],
  },
});

test('a photo taken with the camera is prepared, shown before it goes, saved and uploaded', async ({ page, app }) => {
  await app.main.invoke('settings.update', TRAINING);
  const requestFlowId = app.sandbox.state.dataset.links[0]!.requestFlowId;
  await app.open();
  await page.goto(`${page.url().split('#')[0]}#/kyc/${requestFlowId}`);
  await expect(page.getByRole('heading', { level: 1, name: `Application ${requestFlowId}` })).toBeVisible();
  await page.getByRole('button', { name: 'Use camera' }).click();
  const camera = page.getByRole('region', { name: 'Camera' });
  await expect(camera.getByRole('button', { name: 'Take photo' })).toBeEnabled();
  // Only video was asked for: the stream has a camera track and no microphone.
  expect(
    await page.evaluate(() => {
      const video = document.querySelector('video');
      const stream = video?.srcObject as MediaStream | null;
      return { video: stream?.getVideoTracks().length ?? 0, audio: stream?.getAudioTracks().length ?? 0 };
    }),
  ).toEqual({ video: 1, audio: 0 });
  await camera.getByRole('button', { name: 'Take photo' }).click();
  const ready = page.getByRole('list', { name: 'Check before saving' });
  await expect(ready.getByRole('listitem')).toHaveCount(1);
  await expect(ready.getByRole('img', { name: /^Preview of photo-.*\.jpg$/ })).toBeVisible();
  await camera.getByRole('button', { name: 'Close camera' }).click();
  await expect(camera).toHaveCount(0);
  await page.getByRole('button', { name: 'Save 1 document(s)' }).click();
  const docs = page.getByRole('list', { name: 'Documents of this application' });
  await expect(docs.getByRole('status', { name: 'Sent' })).toBeVisible({ timeout: 15_000 });
  expect(app.sandbox.state.documents).toHaveLength(1);
  expect(app.sandbox.state.documents[0]!.contentType).toBe('image/jpeg');
});
