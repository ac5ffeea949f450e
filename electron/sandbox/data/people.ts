import type { Rng } from '../prng';
import { cgDate, fromEpochDay, toEpochDay } from '../time';
import { CITIES, LANDMARKS, LOCALITIES, NAMES, type City } from './india';

/** A made-up person: consistent name, gender, language and city. Identity numbers are shaped
 *  like the real thing (PAN's fourth letter P for a person, Aadhaar never starting 0 or 1) so
 *  masking and validation code has something realistic to work on. */
export interface Person {
  firstName: string;
  lastName: string;
  name: string;
  gender: 'Male' | 'Female';
  mobile: string;
  email: string;
  dob: string;
  pan: string;
  aadhaar: string;
  city: City;
}

export function pickCity(rng: Rng): City {
  return rng.pick(CITIES);
}

/** 10 digits, first digit 6-9 (Indian mobile numbering). */
export function mobileNumber(rng: Rng): string {
  return String(rng.int(6, 9)) + rng.digits(9);
}

export function panNumber(rng: Rng, lastName: string): string {
  const initial = lastName[0]?.toUpperCase() ?? 'X';
  return rng.letters(3) + 'P' + initial + rng.digits(4) + rng.letters(1);
}

export function aadhaarNumber(rng: Rng): string {
  return String(rng.int(2, 9)) + rng.digits(11);
}

export function makePerson(rng: Rng, city: City, lastName?: string, gender?: 'Male' | 'Female'): Person {
  const pool = NAMES[city.language];
  const g = gender ?? (rng.chance(0.62) ? 'Male' : 'Female');
  const firstName = rng.pick(g === 'Male' ? pool.male : pool.female);
  const surname = lastName ?? rng.pick(pool.surnames);
  const email = rng.chance(0.7)
    ? `${firstName.toLowerCase().replace(/ /g, '')}.${surname.toLowerCase()}${rng.int(1, 99)}@${rng.pick(['gmail.com', 'yahoo.co.in', 'rediffmail.com', 'outlook.com'])}`
    : '';
  const dobDay = toEpochDay({ year: 1965, month: 1, day: 1 }) + rng.int(0, 35 * 365);
  return {
    firstName,
    lastName: surname,
    name: `${firstName} ${surname}`,
    gender: g,
    mobile: mobileNumber(rng),
    email,
    dob: cgDate(fromEpochDay(dobDay)),
    pan: panNumber(rng, surname),
    aadhaar: aadhaarNumber(rng),
    city,
  };
}

export function addressText(rng: Rng, city: City): { text: string; landmark: string } {
  const house = rng.chance(0.3) ? `Shop No ${rng.int(1, 40)}` : `${rng.int(1, 450)}/${rng.int(1, 30)}`;
  const locality = rng.pick(LOCALITIES);
  return {
    text: `${house}, ${locality}, ${city.city}, ${city.state}, ${city.pincode}`,
    landmark: rng.pick(LANDMARKS),
  };
}
