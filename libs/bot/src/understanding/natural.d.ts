// Typings for the one natural module we import directly (see text-features.ts for why not the index).
declare module 'natural/lib/natural/stemmers/porter_stemmer' {
  export function stem(word: string): string;
}
