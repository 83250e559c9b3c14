import { describe, expect, it } from 'vitest';
import { quantityAsked, statesQuantity } from '../../src/brief/statesQuantity.ts';

describe('quantityAsked', () => {
  it('reads the kind of quantity a question asks for', () => {
    expect(quantityAsked('How many jets did Moscow give the LNA?')).toBe('count');
    expect(quantityAsked('What number of troops were sent?')).toBe('count');
    expect(quantityAsked('How many of the residents fled?')).toBe('amount');
    expect(quantityAsked('How much cargo has Ukraine exported?')).toBe('amount');
    expect(quantityAsked('How much is the gas venture worth?')).toBe('money');
    expect(quantityAsked('How large is the deployment?')).toBe('amount');
    expect(quantityAsked('How long did the siege last?')).toBe('duration');
    expect(quantityAsked('How much does the mission cost?')).toBe('money');
    expect(quantityAsked('What is the price of a passport?')).toBe('money');
    expect(quantityAsked('Who backs Haftar?')).toBeNull();
    expect(quantityAsked('Has the number of attacks risen?')).toBeNull();
  });
});

describe('statesQuantity', () => {
  it('finds a count in digits or words, not in a share, a sum of money or a year', () => {
    expect(statesQuantity('Russia sent at least eight warplanes to Haftar.', 'count')).toBe(true);
    expect(statesQuantity('Some 5,000 soldiers were deployed.', 'count')).toBe(true);
    expect(statesQuantity('Twenty-two crew members were on board.', 'count')).toBe(true);
    expect(statesQuantity('Hundreds of families fled.', 'count')).toBe(true);
    expect(statesQuantity('Turkish sources also described the planes as "unidentified".', 'count')).toBe(false);
    expect(statesQuantity('Gangs control an estimated 80 percent of the capital.', 'count')).toBe(false);
    expect(statesQuantity('The project is worth $20 billion.', 'count')).toBe(false);
    expect(statesQuantity('The junta seized power in 2021.', 'count')).toBe(false);
    expect(statesQuantity('No one was hurt in one of the raids.', 'count')).toBe(false);
  });

  it('takes any figure or share for an amount, and a span of time for a duration', () => {
    expect(statesQuantity('Gangs control an estimated 80 percent of the capital.', 'amount')).toBe(true);
    expect(statesQuantity('Half the city is without power.', 'amount')).toBe(true);
    expect(statesQuantity('The city is without power.', 'amount')).toBe(false);
    expect(statesQuantity('Forces ended a 13-hour siege of the hotel.', 'duration')).toBe(true);
    expect(statesQuantity('The army has fought the rebels since April.', 'duration')).toBe(true);
    expect(statesQuantity('Forces ended the siege of the hotel.', 'duration')).toBe(false);
  });

  it('takes a sum of money for what something costs', () => {
    expect(statesQuantity('The project is worth $20 billion.', 'money')).toBe(true);
    expect(statesQuantity('The mission will cost 600 million dollars a year.', 'money')).toBe(true);
    expect(statesQuantity('Four hundred Kenyan police officers landed on Tuesday.', 'money')).toBe(false);
  });
});
