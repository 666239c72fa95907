import process from 'node:process'
import { expect, test } from '@playwright/test'

test('the deck tests talk to the server this run started', async ({ request }) => {
  const res = await request.get('/')
  expect(res.ok()).toBe(true)
  expect(res.headers()['x-deck-server']).toBe(process.env.DECK_SERVER_ID)
})
