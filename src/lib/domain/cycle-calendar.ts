import { defaultInternalDeadline } from './deadlines';
import { isoDate, toCE, type IsoDate } from './fiscal';

export interface CycleCalendar {
	oitOpens: IsoDate;
	oitCloses: IsoDate;
	internalDeadline: IsoDate;
}

/**
 * The usual NACC calendar of a fiscal year: agencies answer the OIT from 1 March to 30 April
 * (FY2565: 1 Mar – 30 Apr 2022); the internal deadline defaults to two weeks before it opens.
 */
export function defaultCalendar(beFY: number): CycleCalendar {
	const year = toCE(beFY);
	const oitOpens = isoDate(year, 3, 1);
	return {
		oitOpens,
		oitCloses: isoDate(year, 4, 30),
		internalDeadline: defaultInternalDeadline(oitOpens)
	};
}
