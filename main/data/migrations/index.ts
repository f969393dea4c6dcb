/** Every migration this build knows, oldest first; a new one is appended, never inserted. */
import type { Migration } from '../migrate.js';
import { citizenRegister } from './0001-citizen-register.js';

export const migrations: readonly Migration[] = [citizenRegister];
