/**
 * Fixed name lists for fictional people: common given and family names of the generation that
 * calls elderly care today, and of their children's generation (relatives, staff), combined at
 * random. No combination describes a real person, because no demo person has a real number,
 * address or identity number. The lists are long enough for 80,000 distinct names in Stockholm
 * and 20,000 in Aarhus.
 */
import type { Municipality } from './districts.js';

/** Given names by gender, so that a second given name fits the first. */
export interface NameList {
  readonly femaleNames: readonly string[];
  readonly maleNames: readonly string[];
  readonly familyNames: readonly string[];
}

export const personNames: Readonly<Record<Municipality, NameList>> = {
  Stockholm: {
    femaleNames: [
      'Anna', 'Margareta', 'Elisabeth', 'Eva', 'Birgitta', 'Kerstin', 'Karin', 'Ingrid', 'Marianne', 'Lena',
      'Gunilla', 'Ulla', 'Maria', 'Britt', 'Inger', 'Barbro', 'Gun', 'Sonja', 'Solveig', 'Astrid',
      'Gunnel', 'Siv', 'Elsa', 'Majken', 'Berit', 'Gunvor', 'Rut', 'Irene', 'Yvonne', 'Viola',
    ],
    maleNames: [
      'Lars', 'Karl', 'Erik', 'Anders', 'Per', 'Nils', 'Bengt', 'Sven', 'Gunnar', 'Lennart',
      'Bo', 'Åke', 'Rolf', 'Hans', 'Stig', 'Göran', 'Ulf', 'Leif', 'Kjell', 'Olle',
      'Arne', 'Ingvar', 'Rune', 'Bertil', 'Gösta', 'Tore', 'Sture', 'Evert', 'Holger', 'Folke',
    ],
    familyNames: [
      'Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson', 'Gustafsson',
      'Pettersson', 'Jonsson', 'Jansson', 'Hansson', 'Bengtsson', 'Jönsson', 'Lindberg', 'Jakobsson', 'Magnusson', 'Lindström',
      'Lindqvist', 'Lindgren', 'Berg', 'Axelsson', 'Bergström', 'Lundberg', 'Lundgren', 'Lund', 'Mattsson', 'Berglund',
      'Fredriksson', 'Sandberg', 'Henriksson', 'Forsberg', 'Sjöberg', 'Wallin', 'Engström', 'Eklund', 'Danielsson', 'Lundin',
      'Holm', 'Håkansson', 'Björk', 'Bergman', 'Nyström', 'Holmberg', 'Samuelsson', 'Fransson', 'Wikström', 'Åberg',
      'Sundberg', 'Lindholm', 'Engberg', 'Nordin', 'Ekström', 'Hedlund', 'Sandström', 'Blom', 'Öberg', 'Strand',
    ],
  },
  Aarhus: {
    femaleNames: [
      'Kirsten', 'Hanne', 'Mette', 'Anne', 'Inge', 'Lone', 'Susanne', 'Birthe', 'Jytte', 'Grethe',
      'Bente', 'Else', 'Karen', 'Ruth', 'Lis', 'Ingrid', 'Tove', 'Gerda', 'Ellen', 'Edith',
      'Dorthe', 'Lene', 'Jette', 'Vibeke',
    ],
    maleNames: [
      'Jens', 'Peter', 'Niels', 'Hans', 'Jørgen', 'Poul', 'Ole', 'Søren', 'Henrik', 'Erik',
      'Preben', 'Bent', 'Finn', 'Knud', 'Flemming', 'Svend', 'Leif', 'Aage', 'Carl', 'Arne',
      'Villy', 'Kaj', 'Børge', 'Holger',
    ],
    familyNames: [
      'Nielsen', 'Jensen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen', 'Jørgensen',
      'Petersen', 'Madsen', 'Kristensen', 'Olsen', 'Thomsen', 'Christiansen', 'Poulsen', 'Johansen', 'Møller', 'Mortensen',
      'Knudsen', 'Jakobsen', 'Mikkelsen', 'Frederiksen', 'Laursen', 'Østergaard', 'Lund', 'Holm', 'Schmidt', 'Kjær',
      'Andreasen', 'Dam', 'Bach', 'Nørgaard', 'Iversen', 'Kjeldsen',
    ],
  },
};

/** Given names of the children's generation: relatives who call, and the contact centre's staff. */
export const youngerGivenNames: Readonly<Record<Municipality, Pick<NameList, 'femaleNames' | 'maleNames'>>> = {
  Stockholm: {
    femaleNames: ['Annika', 'Helena', 'Susanne', 'Camilla', 'Johanna', 'Sara', 'Emma', 'Linda', 'Jenny', 'Malin', 'Åsa', 'Petra'],
    maleNames: ['Johan', 'Magnus', 'Fredrik', 'Peter', 'Mikael', 'Daniel', 'Andreas', 'Jonas', 'Mattias', 'Niklas', 'Henrik', 'Tomas'],
  },
  Aarhus: {
    femaleNames: ['Pia', 'Lotte', 'Camilla', 'Louise', 'Sofie', 'Line', 'Trine', 'Maja', 'Rikke', 'Tina'],
    maleNames: ['Anders', 'Martin', 'Thomas', 'Rasmus', 'Mads', 'Jesper', 'Michael', 'Jakob', 'Morten', 'Kasper'],
  },
};
