import IAMEncoding
import Testing

@Suite struct CivilDateTests {
  @Test(arguments: [
    (1970, 1, 1, 0), (1969, 12, 31, -1), (2000, 2, 29, 11_016), (2000, 3, 1, 11_017), (1900, 3, 1, -25_508),
    (2038, 1, 19, 24_855), (1601, 1, 1, -134_774), (9999, 12, 31, 2_932_896),
  ])
  func countsDaysFrom1970(year: Int, month: Int, day: Int, days: Int) {
    #expect(CivilDate.daysSince1970(year: year, month: month, day: day) == days)
    #expect(CivilDate.date(daysSince1970: days) == (year, month, day))
  }

  /// Every day from 1600 to 2400 turns into a date and back, one day after the one before.
  @Test func convertsBothWaysAcrossCenturies() {
    var expected = (year: 1600, month: 1, day: 1)
    var firstWrong: Int?
    for days in CivilDate.daysSince1970(year: 1600, month: 1, day: 1)...CivilDate.daysSince1970(year: 2400, month: 12, day: 31) {
      let date = CivilDate.date(daysSince1970: days)
      // One expectation at the end: a quarter of a million of them would slow the suite.
      if firstWrong == nil
        && (date != expected || CivilDate.daysSince1970(year: date.year, month: date.month, day: date.day) != days)
      {
        firstWrong = days
      }
      if expected.day < CivilDate.daysIn(month: expected.month, year: expected.year) {
        expected.day += 1
      } else if expected.month < 12 {
        expected = (expected.year, expected.month + 1, 1)
      } else {
        expected = (expected.year + 1, 1, 1)
      }
    }
    #expect(firstWrong == nil)
  }

  @Test func leapYearsFollowTheGregorianRule() {
    #expect(CivilDate.isLeap(2024) && CivilDate.isLeap(2000) && CivilDate.isLeap(1600))
    #expect(!CivilDate.isLeap(2023) && !CivilDate.isLeap(1900) && !CivilDate.isLeap(2100))
    #expect(CivilDate.daysIn(month: 2, year: 2000) == 29 && CivilDate.daysIn(month: 2, year: 1900) == 28)
  }
}
