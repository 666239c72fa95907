/**
 * The reactions' icons, drawn once and read by the phone's reaction bar (/join), the projected
 * slide's floating reactions and the presenter's pace gauge. Inline SVG paths rather than emoji:
 * a laptop without an emoji font shows emoji as empty boxes, and a path needs no font at all.
 *
 * The paths are Phosphor Icons' bold weight (v2.1, https://github.com/phosphor-icons/core),
 * Copyright (c) 2023 Phosphor Icons, MIT License, on their 256-unit grid; filled with currentColor.
 */
import type { ReactionId } from './reactions.ts'

export const ICON_VIEWBOX = '0 0 256 256'

export const REACTION_ICONS: Record<ReactionId, string> = {
  // thumbs-up
  like: 'M237 77.47A28 28 0 0 0 216 68h-52V56a44.05 44.05 0 0 0-44-44a12 12 0 0 0-10.73 6.63L72.58 92H32a20 20 0 0 0-20 20v88a20 20 0 0 0 20 20h172a28 28 0 0 0 27.78-24.53l12-96a28 28 0 0 0-6.78-22M36 116h32v80H36Zm184-19.5l-12 96a4 4 0 0 1-4 3.5H92v-89.17l34.82-69.63A20 20 0 0 1 140 56v24a12 12 0 0 0 12 12h64a4 4 0 0 1 4 4.5',
  // question
  lost: 'M144 180a16 16 0 1 1-16-16a16 16 0 0 1 16 16m92-52A108 108 0 1 1 128 20a108.12 108.12 0 0 1 108 108m-24 0a84 84 0 1 0-84 84a84.09 84.09 0 0 0 84-84m-84-64c-24.26 0-44 17.94-44 40v4a12 12 0 0 0 24 0v-4c0-8.82 9-16 20-16s20 7.18 20 16s-9 16-20 16a12 12 0 0 0-12 12v8a12 12 0 0 0 23.73 2.56C158.31 137.88 172 122.37 172 104c0-22.06-19.74-40-44-40',
  // person-simple-walk
  slower: 'M152 84a36 36 0 1 0-36-36a36 36 0 0 0 36 36m0-48a12 12 0 1 1-12 12a12 12 0 0 1 12-12m68 112a12 12 0 0 1-12 12c-37 0-55.27-18.47-70-33.3c-1.71-1.72-3.36-3.4-5-5l-8.63 19.85L159 166.23a12 12 0 0 1 5 9.77v56a12 12 0 0 1-24 0v-49.83l-25.37-18.12L83 236.78a12 12 0 1 1-22-9.57l50.06-115.13q-10.64.75-25 8.4a159.8 159.8 0 0 0-29.83 21.23a12 12 0 0 1-16.43-17.5c2.61-2.45 64.36-59.67 104.09-25.18c3.94 3.42 7.64 7.16 11.22 10.78C168.43 123.28 181 136 208 136a12 12 0 0 1 12 12',
  // person-simple-run
  faster: 'M152 92a36 36 0 1 0-36-36a36 36 0 0 0 36 36m0-48a12 12 0 1 1-12 12a12 12 0 0 1 12-12m76 93.4a12 12 0 0 1-7 10.91a66 66 0 0 1-21.47 3.78c-14 0-34.25-3.82-59.77-19a177 177 0 0 1-10.27 21C153.12 162.83 188 183.8 188 232a12 12 0 0 1-24 0c0-18.69-6.95-33.06-21.26-43.94c-9.16-7-19.55-11-27.43-13.34c-.81 1-1.64 2-2.5 2.95c-20 22.87-44.82 34.76-72.25 34.76a97 97 0 0 1-9.75-.49a12 12 0 1 1 2.39-23.88c52.3 5.22 77.48-45.92 85.79-67.75c-34.19-17.85-55.25-1.53-55.48-1.31a12 12 0 0 1-15-18.72C50.08 99 88 69.44 142.75 106.62c43.1 29.31 68.1 19.92 68.5 19.76a12 12 0 0 1 16.75 11Z',
}

/** The tick of a confirmation on the phone pages ("Vote received"), from the same set (check). */
export const CHECK_ICON = 'm232.49 80.49l-128 128a12 12 0 0 1-17 0l-56-56a12 12 0 1 1 17-17L96 183L215.51 63.51a12 12 0 0 1 17 17Z'
