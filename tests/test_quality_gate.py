"""Quality gate: extraction scores on the gold corpora must not fall below pinned floors.

The floors only ever go up: raise them when the extractor improves.
"""

from pathlib import Path

import pytest

from extract.evaluate import evaluate
from tests.corpus import (
    DEV,
    EN_ARTICLES,
    EXAMPLES,
    FRESH2_AR,
    FRESH2_EN,
    FRESH3_AR,
    FRESH3_EN,
    FRESH4_AR,
    FRESH5_AR,
    FRESH5_EN,
    FRESH6_AR,
    FRESH6_EN,
    FRESH7_AR,
    FRESH7_EN,
    FRESH8_AR,
    FRESH8_EN,
    FRESH9_AR,
    FRESH9_EN,
    FRESH10_AR,
    FRESH10_EN,
    FRESH11_AR,
    FRESH11_EN,
    FRESH12_AR,
    FRESH12_EN,
    FRESH13_AR,
    FRESH13_EN,
    FRESH14_AR,
    FRESH14_EN,
    FRESH15_AR,
    FRESH15_EN,
    FRESH16_AR,
    FRESH16_EN,
    FRESH17_AR,
    FRESH17_EN,
    FRESH18_AR,
    FRESH18_EN,
    FRESH19_AR,
    FRESH19_EN,
    FRESH20_AR,
    FRESH20_EN,
    FRESH21_AR,
    FRESH21_EN,
    FRESH22_AR,
    FRESH22_EN,
    FRESH23_AR,
    FRESH23_EN,
    FRESH24_AR,
    FRESH24_EN,
    FRESH25_AR,
    FRESH25_EN,
    FRESH26_AR,
    FRESH26_EN,
    FRESH27_AR,
    FRESH27_EN,
    FRESH28_AR,
    FRESH28_EN,
    FRESH29_AR,
    FRESH29_EN,
    FRESH30_AR,
    FRESH30_EN,
    FRESH31_AR,
    FRESH31_EN,
    FRESH32_AR,
    FRESH32_EN,
    FRESH33_AR,
    FRESH33_EN,
    FRESH34_AR,
    FRESH34_EN,
    FRESH35_AR,
    FRESH35_EN,
    FRESH36_AR,
    FRESH36_EN,
    FRESH37_AR,
    FRESH37_EN,
    FRESH38_AR,
    FRESH38_EN,
    FRESH39_AR,
    FRESH39_EN,
    FRESH40_AR,
    FRESH40_EN,
    FRESH41_AR,
    FRESH41_EN,
    FRESH42_AR,
    FRESH42_EN,
    FRESH43_AR,
    FRESH43_EN,
    FRESH44_AR,
    FRESH44_EN,
    FRESH45_AR,
    FRESH45_EN,
    FRESH46_AR,
    FRESH46_EN,
    FRESH47_AR,
    FRESH47_EN,
    FRESH48_AR,
    FRESH48_EN,
    FRESH49_AR,
    FRESH49_EN,
    FRESH50_AR,
    FRESH50_EN,
    FRESH51_AR,
    FRESH51_EN,
    FRESH52_AR,
    FRESH52_EN,
    FRESH53_AR,
    FRESH53_EN,
    FRESH54_AR,
    FRESH54_EN,
    FRESH55_EN,
    FRESH56_AR,
    FRESH56_EN,
    FRESH57_AR,
    FRESH57_EN,
    FRESH58_AR,
    FRESH58_EN,
    FRESH59_AR,
    FRESH59_EN,
    FRESH60_AR,
    FRESH60_EN,
    FRESH61_AR,
    FRESH61_EN,
    FRESH62_AR,
    FRESH62_EN,
    FRESH63_AR,
    FRESH63_EN,
    FRESH64_AR,
    FRESH64_EN,
    FRESH65_AR,
    FRESH65_EN,
    FRESH66_AR,
    FRESH66_EN,
    FRESH67_AR,
    FRESH67_EN,
    FRESH68_AR,
    FRESH68_EN,
    FRESH69_AR,
    FRESH69_EN,
    FRESH70_AR,
    FRESH70_EN,
    FRESH71_AR,
    FRESH71_EN,
    FRESH72_AR,
    FRESH72_EN,
    FRESH73_AR,
    FRESH73_EN,
    FRESH74_AR,
    FRESH74_EN,
    FRESH75_AR,
    FRESH75_EN,
    FRESH76_AR,
    FRESH76_EN,
    FRESH77_AR,
    FRESH77_EN,
    FRESH78_AR,
    FRESH78_EN,
    FRESH79_AR,
    FRESH79_EN,
    FRESH80_AR,
    FRESH80_EN,
    FRESH_AR,
    FRESH_EN,
    PARAPHRASE_AR,
    PARAPHRASE_EN,
    REAL,
    REAL_EN,
    SEEDS,
    require,
)

# (corpus, language or None for all, metric, floor)
FLOORS = [
    (SEEDS, None, "precision", 1.0),
    (SEEDS, None, "recall", 1.0),
    (DEV, "ar", "f1", 0.96),
    (DEV, "ar", "precision", 1.0),
    (DEV, "en", "f1", 0.94),
    (DEV, "en", "precision", 1.0),
    # published articles (issues 11 and 12: strict F1 >= 0.70 with precision >= 0.80);
    # floors at the scores reached, which are above those goals
    (REAL, "ar", "f1", 0.89),
    (REAL, "ar", "precision", 0.97),
    (REAL_EN, "en", "f1", 0.95),
    (REAL_EN, "en", "precision", 0.96),
    # the project's own unseen sets, scored before rules were tuned to them
    (PARAPHRASE_AR, "ar", "f1", 0.89),
    (PARAPHRASE_AR, "ar", "precision", 0.97),
    (PARAPHRASE_EN, "en", "f1", 0.93),
    (PARAPHRASE_EN, "en", "precision", 0.97),
    (EN_ARTICLES, "en", "f1", 0.90),
    (EN_ARTICLES, "en", "precision", 0.94),
    # written after the others were developed against; their phenomena were then worked
    # through by class (tests/test_arabic_phenomena4.py, tests/test_en_phenomena4.py), so
    # they are no longer unseen
    (FRESH_AR, "ar", "f1", 0.98),
    (FRESH_AR, "ar", "precision", 0.98),
    (FRESH_EN, "en", "f1", 0.95),
    (FRESH_EN, "en", "precision", 0.98),
    # held out from the work on the sets above (written 2026-12-04, evening); traced by
    # class on 2026-12-05 (tests/test_arabic_phenomena6.py, tests/test_en_phenomena7.py)
    (FRESH2_AR, "ar", "f1", 0.88),
    (FRESH2_AR, "ar", "precision", 0.95),
    (FRESH2_EN, "en", "f1", 0.88),
    (FRESH2_EN, "en", "precision", 0.93),
    # written at the end of that evening, only scored until the morning of 2026-12-05, then
    # traced by class (tests/test_arabic_phenomena7.py, tests/test_en_phenomena8.py)
    (FRESH3_AR, "ar", "f1", 0.89),
    (FRESH3_AR, "ar", "precision", 0.93),
    (FRESH3_EN, "en", "f1", 0.87),
    (FRESH3_EN, "en", "precision", 0.93),
    # written during the night session of 2026-12-05, only ever scored (0.685 for that
    # session's starting code, 0.733 at its end, 0.745 at the end of the next, 0.772 in the
    # afternoon, while fresh5 was traced); traced by class in the evening
    # (tests/test_arabic_phenomena9.py: 0.772 → 0.846)
    (FRESH4_AR, "ar", "f1", 0.85),
    (FRESH4_AR, "ar", "precision", 0.90),
    # written during the morning session of 2026-12-05, only scored there (0.668 for that
    # session's starting code, 0.700 at its end); traced by class in the afternoon
    # (tests/test_arabic_phenomena8.py)
    (FRESH5_AR, "ar", "f1", 0.87),
    (FRESH5_AR, "ar", "precision", 0.90),
    # its English twin, delivered at the very end of that session (0.680 for its starting
    # code, 0.690 at its end); traced in the afternoon (tests/test_en_phenomena9.py)
    (FRESH5_EN, "en", "f1", 0.84),
    (FRESH5_EN, "en", "precision", 0.91),
    # written during the afternoon session of 2026-12-05, only scored there (0.656 and 0.716 for
    # that session's starting code, 0.667 and 0.730 at its end); traced by class in the
    # evening (tests/test_arabic_phenomena9.py, tests/test_en_phenomena10.py)
    (FRESH6_AR, "ar", "f1", 0.80),
    (FRESH6_AR, "ar", "precision", 0.84),
    (FRESH6_EN, "en", "f1", 0.86),
    (FRESH6_EN, "en", "precision", 0.89),
    # written during the evening session of 2026-12-05, only scored there (0.679 and 0.653 for
    # that session's starting code, 0.720 and 0.672 at its end); traced by class in the night
    # session (tests/test_arabic_phenomena10.py, tests/test_en_phenomena11.py: 0.878, 0.852)
    (FRESH7_AR, "ar", "f1", 0.87),
    (FRESH7_AR, "ar", "precision", 0.92),
    (FRESH7_EN, "en", "f1", 0.85),
    (FRESH7_EN, "en", "precision", 0.88),
    # written during the night session of 2026-12-05, only scored there (0.703 and 0.706 for
    # that session's starting code, 0.703 and 0.724 at its end); traced by class in the late
    # session (tests/test_arabic_phenomena11.py, tests/test_en_phenomena12.py: 0.806, 0.816)
    (FRESH8_AR, "ar", "f1", 0.79),
    (FRESH8_AR, "ar", "precision", 0.89),
    (FRESH8_EN, "en", "f1", 0.80),
    (FRESH8_EN, "en", "precision", 0.88),
    # written later in that session, only scored there (0.742 and 0.720 for that session's
    # starting code, 0.753 and 0.748 at its end); traced in the late session (0.826, 0.831)
    (FRESH9_AR, "ar", "f1", 0.81),
    (FRESH9_AR, "ar", "precision", 0.89),
    (FRESH9_EN, "en", "f1", 0.82),
    (FRESH9_EN, "en", "precision", 0.92),
    # written during the late session of 2026-12-05 while fresh8 and fresh9 were traced, only
    # scored there (0.607 and 0.648 for that session's starting code, 0.639 and 0.656 at its
    # end); traced in the session of 2026-12-06 (tests/test_arabic_phenomena12.py,
    # tests/test_en_phenomena13.py: 0.687, 0.742)
    (FRESH10_AR, "ar", "f1", 0.67),
    (FRESH10_AR, "ar", "precision", 0.82),
    (FRESH10_EN, "en", "f1", 0.73),
    (FRESH10_EN, "en", "precision", 0.80),
    # written during the session of 2026-12-06 while fresh10 was traced, only scored there
    # (0.684 and 0.668 for that session's starting code, 0.690 and 0.676 at its end); traced
    # in the late session of 2026-12-06 (tests/test_arabic_phenomena13.py,
    # tests/test_en_phenomena14.py)
    (FRESH11_AR, "ar", "f1", 0.70),
    (FRESH11_AR, "ar", "precision", 0.82),
    (FRESH11_EN, "en", "f1", 0.69),
    (FRESH11_EN, "en", "precision", 0.82),
    # written during the late session of 2026-12-06 while fresh11 was traced, only scored
    # (0.689 and 0.742 for that session's starting code, unchanged by the fresh11 fixes);
    # traced later in that session (tests/test_arabic_phenomena14.py,
    # tests/test_en_phenomena15.py)
    (FRESH12_AR, "ar", "f1", 0.67),
    (FRESH12_AR, "ar", "precision", 0.78),
    (FRESH12_EN, "en", "f1", 0.72),
    (FRESH12_EN, "en", "precision", 0.82),
    # written during the late session of 2026-12-06 while fresh12 was traced, only scored then
    # (0.659 and 0.669 for that session's starting code, 0.665 and 0.711 at its end); traced
    # in the session after it (tests/test_arabic_phenomena15.py, tests/test_en_phenomena16.py)
    (FRESH13_AR, "ar", "f1", 0.71),
    (FRESH13_AR, "ar", "precision", 0.82),
    (FRESH13_EN, "en", "f1", 0.75),
    (FRESH13_EN, "en", "precision", 0.87),
    # written during the session after it while fresh13 was traced, only scored then (0.653
    # and 0.776 for the code of the late session's start, 0.657 and 0.785 for this session's
    # start and when they came in); traced later in that session
    # (tests/test_arabic_phenomena16.py, tests/test_en_phenomena17.py)
    (FRESH14_AR, "ar", "f1", 0.68),
    (FRESH14_AR, "ar", "precision", 0.76),
    (FRESH14_EN, "en", "f1", 0.78),
    (FRESH14_EN, "en", "precision", 0.89),
    # written later in that session while fresh14 was traced, only scored then (0.706 and
    # 0.731 for the code of the late session's start, 0.720 and 0.743 for that session's
    # start, 0.723 and 0.743 when they came in); traced in the fourth session of 2026-12-06
    # (tests/test_arabic_phenomena17.py, tests/test_en_phenomena18.py)
    (FRESH15_AR, "ar", "f1", 0.73),
    (FRESH15_AR, "ar", "precision", 0.81),
    (FRESH15_EN, "en", "f1", 0.77),
    (FRESH15_EN, "en", "precision", 0.86),
    # written in the fourth session of 2026-12-06 while fresh15 was traced, scored blind:
    # 0.698 and 0.661 (precision 0.818 and 0.830) for that session's starting code and after
    # the first fresh15 fixes alike; traced later in that session
    # (tests/test_arabic_phenomena18.py, tests/test_en_phenomena19.py)
    (FRESH16_AR, "ar", "f1", 0.72),
    (FRESH16_AR, "ar", "precision", 0.84),
    (FRESH16_EN, "en", "f1", 0.71),
    (FRESH16_EN, "en", "precision", 0.83),
    # written later in that session while fresh16 was traced, only scored: 0.777 and 0.780
    # for that session's starting code, 0.780 and 0.776 when they came in
    (FRESH17_AR, "ar", "f1", 0.79),
    (FRESH17_AR, "ar", "precision", 0.85),
    (FRESH17_EN, "en", "f1", 0.77),
    (FRESH17_EN, "en", "precision", 0.83),
    # fresh18 (fifth session of 2026-12-06): scored blind at 0.645 / 0.628 by the code
    # the session began with and by its first fixes alike; traced later in that session
    # (tests/test_arabic_phenomena19.py, tests/test_en_phenomena20.py)
    (FRESH18_AR, "ar", "f1", 0.74),
    (FRESH18_AR, "ar", "precision", 0.77),
    (FRESH18_EN, "en", "f1", 0.69),
    (FRESH18_EN, "en", "precision", 0.72),
    # fresh19, written while fresh18 was traced, only scored: 0.665 / 0.690 for the code the
    # session began with, and the same after the fresh17 and first fresh18 fixes; traced in the
    # sixth session of 2026-12-06 (tests/test_arabic_phenomena21.py, tests/test_en_phenomena21.py)
    (FRESH19_AR, "ar", "f1", 0.64),
    (FRESH19_AR, "ar", "precision", 0.78),
    (FRESH19_EN, "en", "f1", 0.71),
    (FRESH19_EN, "en", "precision", 0.82),
    # fresh20, written at the end of that session, only scored: 0.736 / 0.743 for the code the
    # session began with, 0.737 / 0.743 at its end; traced in the sixth session
    (FRESH20_AR, "ar", "f1", 0.76),
    (FRESH20_AR, "ar", "precision", 0.80),
    (FRESH20_EN, "en", "f1", 0.74),
    (FRESH20_EN, "en", "precision", 0.78),
    # fresh21 (sixth session of 2026-12-06), scored blind when they came in: 0.632 / 0.766 for
    # the code the session began with, 0.632 / 0.769 for the code then; traced after that
    (FRESH21_AR, "ar", "f1", 0.66),
    (FRESH21_AR, "ar", "precision", 0.73),
    (FRESH21_EN, "en", "f1", 0.79),
    (FRESH21_EN, "en", "precision", 0.87),
    # fresh22, written while fresh21 was traced, only scored: 0.675 / 0.737 for the code the
    # session began with, 0.675 / 0.734 at its end
    (FRESH22_AR, "ar", "f1", 0.66),
    (FRESH22_AR, "ar", "precision", 0.74),
    (FRESH22_EN, "en", "f1", 0.72),
    (FRESH22_EN, "en", "precision", 0.79),
    # fresh23 (seventh session of 2026-12-06), scored blind when they came in: 0.754 / 0.708
    # for the code the session began with and for the code then; traced after that
    (FRESH23_AR, "ar", "f1", 0.74),
    (FRESH23_AR, "ar", "precision", 0.81),
    (FRESH23_EN, "en", "f1", 0.70),
    (FRESH23_EN, "en", "precision", 0.78),
    # fresh24_ar (seventh session), scored blind when it came in: 0.772 for the code the
    # session began with, 0.766 for the code then (0.772 after one fix for what it showed)
    (FRESH24_AR, "ar", "f1", 0.76),
    (FRESH24_AR, "ar", "precision", 0.84),
    # fresh24_en, scored blind when it came in at the session's end: 0.697 for the code the
    # session began with, 0.693 for the code then
    (FRESH24_EN, "en", "f1", 0.68),
    (FRESH24_EN, "en", "precision", 0.77),
    # fresh25 (eighth session of 2026-12-06), scored blind when they came in: Arabic 0.694
    # for the code the session began with, 0.692 for the code then; English 0.758 for both;
    # traced by class since (0.775 and 0.811)
    (FRESH25_AR, "ar", "f1", 0.76),
    (FRESH25_AR, "ar", "precision", 0.81),
    (FRESH25_EN, "en", "f1", 0.80),
    (FRESH25_EN, "en", "precision", 0.81),
    # fresh26 (eighth session), written at its end and scored blind when they came in:
    # Arabic 0.750 for the code the session began with, 0.744 for the code then (0.750 after
    # one fix for what it showed); English 0.754 and 0.758
    (FRESH26_AR, "ar", "f1", 0.74),
    (FRESH26_AR, "ar", "precision", 0.83),
    (FRESH26_EN, "en", "f1", 0.75),
    (FRESH26_EN, "en", "precision", 0.81),
    # fresh27 (ninth session of 2026-12-06), written by helpers at the session's start and
    # scored blind when they came in: Arabic 0.693 and English 0.747, for the code the session
    # began with and for the code then alike
    (FRESH27_AR, "ar", "f1", 0.68),
    (FRESH27_AR, "ar", "precision", 0.77),
    (FRESH27_EN, "en", "f1", 0.74),
    (FRESH27_EN, "en", "precision", 0.82),
    # fresh28 (ninth session of 2026-12-06), written by helpers while the session worked and
    # scored blind when they came in: Arabic 0.715 for the code the session began with, 0.726
    # for the code then; English 0.707 for both (0.717 after the next fix, which it did not
    # show)
    (FRESH28_AR, "ar", "f1", 0.71),
    (FRESH28_AR, "ar", "precision", 0.80),
    (FRESH28_EN, "en", "f1", 0.70),
    (FRESH28_EN, "en", "precision", 0.81),
    # fresh29 (ninth session of 2026-12-06), written by helpers near the session's end and
    # scored blind when they came in: Arabic 0.636 for the code the session began with, 0.646
    # for the code then; English 0.645 and 0.649
    (FRESH29_AR, "ar", "f1", 0.64),
    (FRESH29_AR, "ar", "precision", 0.80),
    (FRESH29_EN, "en", "f1", 0.71),  # (traced in the tenth session: 0.674 -> 0.719)
    (FRESH29_EN, "en", "precision", 0.78),
    # fresh30 (tenth session of 2026-12-06), written by helpers while the session worked and
    # scored blind when they came in: Arabic 0.717 for the code the session began with and for
    # the code then; English 0.691 and 0.698
    # (then traced: Arabic 0.772, English 0.768)
    (FRESH30_AR, "ar", "f1", 0.76),
    (FRESH30_AR, "ar", "precision", 0.83),
    (FRESH30_EN, "en", "f1", 0.76),
    (FRESH30_EN, "en", "precision", 0.85),
    # fresh31 (tenth session), written by helpers while the session worked, scored blind when
    # they came in: Arabic 0.687 for the session's starting code and for the code then (its
    # Arabic fixes so far did not reach it); English 0.745 and 0.749
    # (then traced: Arabic 0.732, English 0.820)
    (FRESH31_AR, "ar", "f1", 0.72),
    (FRESH31_AR, "ar", "precision", 0.77),
    (FRESH31_EN, "en", "f1", 0.81),
    (FRESH31_EN, "en", "precision", 0.82),
    # fresh32 (tenth session), written by helpers in the session's second half, scored blind
    # when they came in: Arabic 0.770 for the session's starting code, 0.768 for the code then;
    # English 0.739 and 0.747
    # (after the eleventh session's work: Arabic 0.788, English 0.759)
    (FRESH32_AR, "ar", "f1", 0.78),
    (FRESH32_AR, "ar", "precision", 0.84),
    (FRESH32_EN, "en", "f1", 0.75),
    (FRESH32_EN, "en", "precision", 0.85),
    # fresh33 (eleventh session of 2026-12-06), written by helpers at the session's start and
    # scored blind when they came in: Arabic 0.697 for the code the session began with and for
    # the code then; English 0.714 and 0.714
    # (then traced: Arabic 0.790, English 0.792)
    (FRESH33_AR, "ar", "f1", 0.78),
    (FRESH33_AR, "ar", "precision", 0.87),
    (FRESH33_EN, "en", "f1", 0.78),
    (FRESH33_EN, "en", "precision", 0.86),
    # fresh34 (eleventh session), written by helpers while the session worked and scored
    # blind when they came in: Arabic 0.707 for the session's starting code, 0.727 for the code
    # then; English 0.739 and 0.765
    # (then traced: Arabic 0.780, English 0.812)
    (FRESH34_AR, "ar", "f1", 0.77),
    (FRESH34_AR, "ar", "precision", 0.83),
    (FRESH34_EN, "en", "f1", 0.80),
    (FRESH34_EN, "en", "precision", 0.87),
    # fresh35 (eleventh session), written by helpers in the session's second half, scored
    # blind when they came in: Arabic 0.698 for the session's starting code, 0.711 for the code
    # then; English 0.716 and 0.726
    # (then traced: Arabic 0.787, English 0.759)
    (FRESH35_AR, "ar", "f1", 0.78),
    (FRESH35_AR, "ar", "precision", 0.82),
    (FRESH35_EN, "en", "f1", 0.75),
    (FRESH35_EN, "en", "precision", 0.85),
    # fresh36 (twelfth session of 2026-12-07), written by helpers at the session's start and
    # scored blind when they came in: Arabic 0.712 for the code the session began with, 0.716
    # for the code then; English 0.624 and 0.624
    (FRESH36_AR, "ar", "f1", 0.70),
    (FRESH36_AR, "ar", "precision", 0.79),
    (FRESH36_EN, "en", "f1", 0.61),
    (FRESH36_EN, "en", "precision", 0.71),
    # fresh37 (twelfth session), written by helpers while the session worked and scored
    # blind when they came in: Arabic 0.714 for the session's starting code, 0.717 for the code
    # then; English 0.696 and 0.708
    (FRESH37_AR, "ar", "f1", 0.70),
    (FRESH37_AR, "ar", "precision", 0.76),
    (FRESH37_EN, "en", "f1", 0.69),
    (FRESH37_EN, "en", "precision", 0.82),
    # fresh38 (twelfth session), written by helpers in the session's second half and scored
    # blind when they came in: Arabic 0.711 for the session's starting code and for the code
    # then; English 0.740 and 0.713 (a resolution rule of the session overreached on one
    # article; narrowed since: 0.744)
    (FRESH38_AR, "ar", "f1", 0.70),
    (FRESH38_AR, "ar", "precision", 0.79),
    (FRESH38_EN, "en", "f1", 0.73),
    (FRESH38_EN, "en", "precision", 0.79),
    # fresh39 (thirteenth session), written by helpers at the session's start and scored blind
    # when they came in: Arabic 0.763 for the session's starting code and for the code then;
    # English 0.687 and 0.690
    (FRESH39_AR, "ar", "f1", 0.75),
    (FRESH39_AR, "ar", "precision", 0.88),
    (FRESH39_EN, "en", "f1", 0.68),
    (FRESH39_EN, "en", "precision", 0.73),
    # fresh40 (thirteenth session), written by helpers a third of the way in and scored blind
    # when they came in: Arabic 0.678 for the session's starting code and for the code then;
    # English 0.775 for both
    (FRESH40_AR, "ar", "f1", 0.66),
    (FRESH40_AR, "ar", "precision", 0.82),
    (FRESH40_EN, "en", "f1", 0.76),
    (FRESH40_EN, "en", "precision", 0.83),
    # fresh41 (thirteenth session), written by helpers in the session's second half and scored
    # blind when they came in: Arabic 0.820 for the session's starting code, 0.823 for the code
    # then; English 0.752 for both
    (FRESH41_AR, "ar", "f1", 0.80),
    (FRESH41_AR, "ar", "precision", 0.92),
    (FRESH41_EN, "en", "f1", 0.74),
    (FRESH41_EN, "en", "precision", 0.83),
    # fresh42 (fourteenth session), written by a helper at the session's start and scored blind
    # when it came in: Arabic 0.710 for the session's starting code and for the code then;
    # English 0.709 for both
    (FRESH42_AR, "ar", "f1", 0.70),
    (FRESH42_AR, "ar", "precision", 0.74),
    (FRESH42_EN, "en", "f1", 0.70),
    (FRESH42_EN, "en", "precision", 0.82),
    # fresh43 (fourteenth session), written by a helper while fresh42 was traced and scored
    # blind when it came in: Arabic 0.732 for the session's starting code and for the code then;
    # English 0.650 for both
    (FRESH43_AR, "ar", "f1", 0.72),
    (FRESH43_AR, "ar", "precision", 0.82),
    (FRESH43_EN, "en", "f1", 0.64),
    (FRESH43_EN, "en", "precision", 0.76),
    # fresh44 (fourteenth session), written by a helper while fresh43 was traced and scored
    # blind when it came in: Arabic 0.758 for the session's starting code, 0.762 for the code
    # then
    (FRESH44_AR, "ar", "f1", 0.75),
    (FRESH44_AR, "ar", "precision", 0.88),
    # English 0.630 for the session's starting code and for the code then
    (FRESH44_EN, "en", "f1", 0.62),
    (FRESH44_EN, "en", "precision", 0.74),
    # fresh45 (fourteenth session), written while fresh44 was traced and scored blind when it
    # came in: English 0.583 for the session's starting code, 0.593 for the code then; Arabic
    # 0.772 and 0.777
    (FRESH45_AR, "ar", "f1", 0.77),
    (FRESH45_AR, "ar", "precision", 0.84),
    (FRESH45_EN, "en", "f1", 0.58),
    (FRESH45_EN, "en", "precision", 0.72),
    # fresh46 (fourteenth session), written while fresh45 was traced and scored blind when it
    # came in: Arabic 0.763 for the session's starting code, 0.766 for the code then; English
    # 0.771 for both
    (FRESH46_AR, "ar", "f1", 0.76),
    (FRESH46_AR, "ar", "precision", 0.84),
    (FRESH46_EN, "en", "f1", 0.76),
    (FRESH46_EN, "en", "precision", 0.86),
    # fresh47 and fresh48 (fifteenth session), written at its start and scored blind when they
    # came in: the session's starting code and the code then scored alike (English fresh47
    # 0.659, fresh48 0.739; Arabic fresh47 0.750, fresh48 0.736)
    (FRESH47_AR, "ar", "f1", 0.74),
    (FRESH47_AR, "ar", "precision", 0.75),
    (FRESH47_EN, "en", "f1", 0.65),
    (FRESH47_EN, "en", "precision", 0.77),
    (FRESH48_AR, "ar", "f1", 0.73),
    (FRESH48_AR, "ar", "precision", 0.76),
    (FRESH48_EN, "en", "f1", 0.73),
    (FRESH48_EN, "en", "precision", 0.82),
    # fresh49 (fifteenth session), written while fresh47 and fresh48 were traced: Arabic 0.742
    # for the session's starting code and for the code then; English 0.694 and 0.717
    (FRESH49_AR, "ar", "f1", 0.73),
    (FRESH49_AR, "ar", "precision", 0.83),
    (FRESH49_EN, "en", "f1", 0.71),
    (FRESH49_EN, "en", "precision", 0.81),
    # fresh50 (fifteenth session), written while fresh49 was traced: Arabic 0.656 for the
    # session's starting code, 0.658 for the code then; English 0.699 and 0.707
    (FRESH50_AR, "ar", "f1", 0.65),
    (FRESH50_AR, "ar", "precision", 0.75),
    (FRESH50_EN, "en", "f1", 0.70),
    (FRESH50_EN, "en", "precision", 0.88),
    # fresh51 (fifteenth session), written while fresh50 was traced: English 0.715 for the
    # session's starting code, 0.714 for the code then; Arabic 0.846 for both
    (FRESH51_AR, "ar", "f1", 0.84),
    (FRESH51_AR, "ar", "precision", 0.87),
    # fresh52 (fifteenth session), written late and left untraced: Arabic 0.740 for the
    # session's starting code, 0.744 for the code then; English 0.708 for both
    (FRESH52_AR, "ar", "f1", 0.73),
    (FRESH52_AR, "ar", "precision", 0.82),
    (FRESH52_EN, "en", "f1", 0.70),
    (FRESH52_EN, "en", "precision", 0.80),
    (FRESH53_AR, "ar", "f1", 0.74),
    (FRESH53_AR, "ar", "precision", 0.81),
    (FRESH53_EN, "en", "f1", 0.72),
    (FRESH53_EN, "en", "precision", 0.79),
    (FRESH54_AR, "ar", "f1", 0.73),
    (FRESH54_AR, "ar", "precision", 0.83),
    (FRESH54_EN, "en", "f1", 0.69),
    (FRESH54_EN, "en", "precision", 0.81),
    (FRESH55_EN, "en", "f1", 0.68),
    (FRESH55_EN, "en", "precision", 0.80),
    (FRESH56_AR, "ar", "f1", 0.70),
    (FRESH56_AR, "ar", "precision", 0.76),
    (FRESH56_EN, "en", "f1", 0.72),
    (FRESH56_EN, "en", "precision", 0.86),
    (FRESH57_AR, "ar", "f1", 0.65),
    (FRESH57_AR, "ar", "precision", 0.73),
    (FRESH57_EN, "en", "f1", 0.75),
    (FRESH57_EN, "en", "precision", 0.81),
    (FRESH58_AR, "ar", "f1", 0.69),
    (FRESH58_AR, "ar", "precision", 0.77),
    (FRESH58_EN, "en", "f1", 0.72),
    (FRESH58_EN, "en", "precision", 0.86),
    (FRESH59_AR, "ar", "f1", 0.70),
    (FRESH59_AR, "ar", "precision", 0.80),
    (FRESH59_EN, "en", "f1", 0.72),
    (FRESH59_EN, "en", "precision", 0.83),
    (FRESH60_EN, "en", "f1", 0.78),
    (FRESH60_EN, "en", "precision", 0.89),
    (FRESH60_AR, "ar", "f1", 0.67),
    (FRESH60_AR, "ar", "precision", 0.83),
    (FRESH61_EN, "en", "f1", 0.63),
    (FRESH61_EN, "en", "precision", 0.71),
    (FRESH61_AR, "ar", "f1", 0.78),
    (FRESH61_AR, "ar", "precision", 0.86),
    (FRESH62_EN, "en", "f1", 0.66),
    (FRESH62_EN, "en", "precision", 0.75),
    (FRESH62_AR, "ar", "f1", 0.74),
    (FRESH62_AR, "ar", "precision", 0.83),
    (FRESH63_EN, "en", "f1", 0.70),
    (FRESH63_EN, "en", "precision", 0.80),
    (FRESH63_AR, "ar", "f1", 0.68),
    (FRESH63_AR, "ar", "precision", 0.73),
    (FRESH64_EN, "en", "f1", 0.66),
    (FRESH64_EN, "en", "precision", 0.76),
    (FRESH64_AR, "ar", "f1", 0.74),
    (FRESH64_AR, "ar", "precision", 0.82),
    (FRESH65_EN, "en", "f1", 0.68),
    (FRESH65_EN, "en", "precision", 0.79),
    (FRESH65_AR, "ar", "f1", 0.73),
    (FRESH65_AR, "ar", "precision", 0.84),
    (FRESH66_EN, "en", "f1", 0.59),
    (FRESH66_EN, "en", "precision", 0.79),
    (FRESH66_AR, "ar", "f1", 0.72),
    (FRESH66_AR, "ar", "precision", 0.76),
    (FRESH67_EN, "en", "f1", 0.59),
    (FRESH67_EN, "en", "precision", 0.76),
    (FRESH67_AR, "ar", "f1", 0.58),
    (FRESH67_AR, "ar", "precision", 0.71),
    (FRESH68_EN, "en", "f1", 0.59),
    (FRESH68_EN, "en", "precision", 0.70),
    (FRESH68_AR, "ar", "f1", 0.65),
    (FRESH68_AR, "ar", "precision", 0.79),
    (FRESH69_EN, "en", "f1", 0.82),
    (FRESH69_EN, "en", "precision", 0.89),
    (FRESH69_AR, "ar", "f1", 0.82),
    (FRESH69_AR, "ar", "precision", 0.85),
    (FRESH70_EN, "en", "f1", 0.81),
    (FRESH70_EN, "en", "precision", 0.88),
    (FRESH70_AR, "ar", "f1", 0.80),
    (FRESH70_AR, "ar", "precision", 0.86),
    (FRESH71_EN, "en", "f1", 0.76),
    (FRESH71_EN, "en", "precision", 0.90),
    (FRESH71_AR, "ar", "f1", 0.71),
    (FRESH71_AR, "ar", "precision", 0.90),
    (FRESH72_EN, "en", "f1", 0.71),
    (FRESH72_EN, "en", "precision", 0.79),
    (FRESH72_AR, "ar", "f1", 0.71),
    (FRESH72_AR, "ar", "precision", 0.74),
    (FRESH73_AR, "ar", "f1", 0.83),
    (FRESH73_AR, "ar", "precision", 0.93),
    (FRESH73_EN, "en", "f1", 0.70),
    (FRESH73_EN, "en", "precision", 0.85),
    (FRESH74_AR, "ar", "f1", 0.70),
    (FRESH74_AR, "ar", "precision", 0.75),
    (FRESH74_EN, "en", "f1", 0.69),
    (FRESH75_AR, "ar", "f1", 0.74),
    (FRESH75_AR, "ar", "precision", 0.88),
    (FRESH75_EN, "en", "f1", 0.78),
    (FRESH75_EN, "en", "precision", 0.83),
    (FRESH76_AR, "ar", "f1", 0.87),
    (FRESH76_AR, "ar", "precision", 0.91),
    (FRESH76_EN, "en", "f1", 0.77),
    (FRESH76_EN, "en", "precision", 0.84),
    (FRESH77_AR, "ar", "f1", 0.77),
    (FRESH77_AR, "ar", "precision", 0.86),
    (FRESH77_EN, "en", "f1", 0.84),
    (FRESH77_EN, "en", "precision", 0.88),
    (FRESH78_AR, "ar", "f1", 0.70),
    (FRESH78_AR, "ar", "precision", 0.77),
    (FRESH79_AR, "ar", "f1", 0.60),
    (FRESH79_AR, "ar", "precision", 0.70),
    (FRESH78_EN, "en", "f1", 0.79),
    (FRESH78_EN, "en", "precision", 0.85),
    (FRESH79_EN, "en", "f1", 0.81),
    (FRESH79_EN, "en", "precision", 0.90),
    (FRESH80_AR, "ar", "f1", 0.70),
    (FRESH80_AR, "ar", "precision", 0.72),
    (FRESH80_EN, "en", "f1", 0.73),
    (FRESH80_EN, "en", "precision", 0.81),
    (FRESH74_EN, "en", "precision", 0.80),
    (FRESH51_EN, "en", "f1", 0.70),
    (FRESH51_EN, "en", "precision", 0.76),
]

_cache: dict[Path, dict] = {}


def _report(folder: Path) -> dict:
    if folder not in _cache:
        _cache[folder] = evaluate(folder / "gold.jsonl", folder)
    return _cache[folder]


@pytest.mark.corpus
@pytest.mark.parametrize(("folder", "lang", "metric", "floor"), FLOORS,
                         ids=[f"{f.name}-{lang or 'all'}-{m}" for f, lang, m, _ in FLOORS])
def test_strict_score_stays_above_floor(folder: Path, lang: str | None, metric: str,
                                        floor: float) -> None:
    report = _report(require(folder))
    scores = report["strict"] if lang is None else report["by_lang"][lang]["strict"]
    assert scores[metric] >= floor, (scores, report["misses"][:10], report["false_alarms"][:10])


@pytest.mark.corpus
def test_seed_pages_give_no_edge_from_headline_lists() -> None:
    report = _report(require(SEEDS))
    assert report["false_alarms"] == []


def test_examples_are_scored_against_their_own_gold() -> None:
    report = evaluate(EXAMPLES / "gold.jsonl", EXAMPLES)
    assert report["documents"] == 10
    assert report["strict"]["precision"] >= 0.98
    assert report["strict"]["f1"] >= 0.94


@pytest.mark.corpus
@pytest.mark.parametrize(("folder", "at_least"), [(SEEDS, 10), (DEV, 100)], ids=["seeds", "dev"])
def test_every_evidence_span_is_exact(folder: Path, at_least: int) -> None:
    from extract.pipeline import extract_paths

    require(folder)
    n = 0
    for result in extract_paths([folder]):
        text = result.document.text
        for s in result.stances:
            assert text[s.start:s.end] == s.evidence
            n += 1
    assert n >= at_least
