/**
 * Turns an async route (true when it answered) into a connect-style handler: HttpErrors become
 * their 4xx JSON, anything else a logged 500, and unanswered paths go to `next`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Handler } from './http-api.ts'
import { HttpError, json } from './http-api.ts'

export type Route = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean>

export function routeHandler(name: string, route: Route): Handler {
  return (req, res, next) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    route(req, res, url).then(
      handled => handled || next(),
      (error: unknown) => {
        if (error instanceof HttpError)
          return json(res, error.status, { error: error.message })
        console.error(`[${name}]`, error)
        json(res, 500, { error: 'the server failed to store this; try again' })
      },
    )
  }
}
