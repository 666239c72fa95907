/** Paper sizes the printed documents come in. */
export type Paper = 'a4' | 'letter'
