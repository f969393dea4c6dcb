/** Every migration this build knows, oldest first; a new one is appended, never inserted. */
import type { Migration } from '../migrate.js';
import { citizenRegister } from './0001-citizen-register.js';
import { careMirror } from './0002-care-mirror.js';
import { caseRegister } from './0003-case-register.js';
import { contactCentre } from './0004-contact-centre.js';
import { rolesAndPrivacy } from './0005-roles-and-privacy.js';
import { liveChanges } from './0006-live-changes.js';
import { committedAudit } from './0007-committed-audit.js';
import { oncallHandover } from './0008-oncall-handover.js';
import { knowledgeSearch } from './0009-knowledge-search.js';
import { citizenSearch } from './0010-citizen-search.js';
import { knowledgeEditing } from './0012-knowledge-editing.js';
import { callbacksAndColleagues } from './0013-callbacks-and-colleagues.js';

export const migrations: readonly Migration[] = [citizenRegister, careMirror, caseRegister, contactCentre, rolesAndPrivacy, liveChanges, committedAudit, oncallHandover, knowledgeSearch, citizenSearch, knowledgeEditing, callbacksAndColleagues];
