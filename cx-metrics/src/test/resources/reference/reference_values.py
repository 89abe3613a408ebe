"""Independent reference values for cx-metrics tests (python3 + scipy).

Formulas: R package NPS by Brendan Rocks (CRAN; github.com/brendan-r/NPS):
  npvar(x)   = (p_pro + p_det) - (p_pro - p_det)^2            (R/nps.R)
  nps_se(x)  = sqrt(npvar / n)                                (R/nps.R)
  nps_test   two-sample: se = sqrt(var_x/n_x + var_y/n_y), p = 2(1 - pnorm(|d|/se))   (R/nps_tests.R)
  iterative  score interval, ported literally from R/nps_interval_estimators.R (Tango-type;
             its stopping rule gives about 1e-7 precision on the -1..1 scale).
Adjusted Wald: Rocks (2016), n+3 and +3/4 promoters and detractors.
Wilson (1927) / Newcombe (1998) method 10 for differences; Welch (1947); Student t.
Run: python3 reference_values.py
"""
import math
from scipy import stats

Z = stats.norm.ppf(0.975)

def npvar(d, pa, p):
    n = d + pa + p
    return (p / n + d / n) - (p / n - d / n) ** 2

def r_iterative(x, prob):
    # literal port of the R package's iterative(), x = [det, pas, pro]
    n = sum(x); pa = 2 * n; z = stats.norm.ppf(prob); c = x[2]; b = x[0]
    nps = (c - b) / n
    if c == n:
        ul = 1
    else:
        dp = 1 - nps; niter = 1
        while niter <= 50:
            dp = 0.5 * dp; up2 = nps + dp
            pb = -b - c + (2 * n - c + b) * up2
            pc = -b * up2 * (1 - up2)
            q21 = (math.sqrt(pb ** 2 - 4 * pa * pc) - pb) / (2 * pa)
            score = (c - b - n * up2) / math.sqrt(n * (2 * q21 + up2 * (1 - up2)))
            if abs(score) < z:
                nps = up2
            niter += 1
            if dp < 0.0000001 or abs(z - score) < 0.000001:
                niter = 51; ul = up2
    if b == n:
        ll = -1
    else:
        dp = 1 + nps; niter = 1
        while niter <= 50:
            dp = 0.5 * dp; low2 = nps - dp
            pb = -b - c + (2 * n - c + b) * low2
            pc = -b * low2 * (1 - low2)
            q21 = (math.sqrt(pb ** 2 - 4 * pa * pc) - pb) / (2 * pa)
            score = (c - b - n * low2) / math.sqrt(n * (2 * q21 + low2 * (1 - low2)))
            if abs(score) < z:
                nps = low2
            niter += 1
            if dp < 0.0000001 or abs(z - score) < 0.000001:
                ll = low2; niter = 51
    return ll, ul

for (d, pa, p) in [(7, 2, 2), (20, 30, 50), (3, 5, 12), (0, 0, 5)]:
    n = d + pa + p
    v = npvar(d, pa, p)
    est = (p - d) / n
    se = math.sqrt(v / n)
    print(f"counts det={d} pas={pa} pro={p}: nps={100*est!r} var={v!r} se={se!r}")
    print(f"  wald95 = [{100*(est - Z*se)!r}, {100*(est + Z*se)!r}]")
    na = n + 3; pp = (p + .75) / na; dd = (d + .75) / na
    sa = math.sqrt(((pp + dd) - (pp - dd) ** 2) / na)
    print(f"  adjwald95 = [{100*max(-1,(pp-dd) - Z*sa)!r}, {100*min(1,(pp-dd) + Z*sa)!r}]")
    if 0 < p < n and 0 < d < n:
        print(f"  R iterative(0.975) = {r_iterative([d, pa, p], 0.975)}")

# two-sample, R nps_test: x = counts (20,30,50), y = (30,30,40)
vx = npvar(20, 30, 50); vy = npvar(30, 30, 40)
se = math.sqrt(vx / 100 + vy / 100); delta = 0.30 - 0.10
print(f"two-sample delta={delta!r} se={se!r} z={delta/se!r} p={2*(1-stats.norm.cdf(delta/se))!r} int=[{delta-Z*se!r},{delta+Z*se!r}]")

def wilson(k, n, z=Z):
    p = k / n
    den = 1 + z * z / n
    c = (p + z * z / (2 * n)) / den
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / den
    return c - h, c + h

for k, n in [(81, 263), (15, 148), (0, 20), (1, 29)]:
    print(f"wilson {k}/{n}: {wilson(k, n)}")

def newcombe(k1, n1, k2, n2, z=Z):
    p1, p2 = k1 / n1, k2 / n2
    l1, u1 = wilson(k1, n1, z); l2, u2 = wilson(k2, n2, z)
    d = p1 - p2
    return d - math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2), d + math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2)

# ScaleMetricsTest: one CSAT sample of 263 whose three boxes differ (5: 81, 4: 50, 3: 100, 2: 20,
# 1: 12): top box 5 = 81 (Newcombe's published case), good box 4-5 = 131, bottom box 1-2 = 32.
for k in [81, 131, 32]:
    print(f"wilson {k}/263: {wilson(k, 263)}")

print(f"newcombe 56/70 - 48/80: {newcombe(56, 70, 48, 80)}")

xs = [1, 2, 2, 3, 4, 5, 5, 5, 6, 7]
m = sum(xs) / len(xs); s = stats.tstd(xs)
t = stats.t.ppf(0.975, len(xs) - 1)
print(f"t interval of {xs}: mean={m!r} sd={s!r} [{m - t*s/math.sqrt(len(xs))!r}, {m + t*s/math.sqrt(len(xs))!r}]")

a = [120.0, 80.5, 99.0, 150.25, 101.0, 95.5]
b = [70.0, 88.0, 64.5, 90.0, 75.25]
r = stats.ttest_ind(a, b, equal_var=False)
va = stats.tvar(a) / len(a); vb = stats.tvar(b) / len(b)
df = (va + vb) ** 2 / (va ** 2 / (len(a) - 1) + vb ** 2 / (len(b) - 1))
diff = sum(a) / len(a) - sum(b) / len(b)
tq = stats.t.ppf(0.975, df)
print(f"welch diff={diff!r} df={df!r} t={r.statistic!r} p={r.pvalue!r} int=[{diff - tq*math.sqrt(va+vb)!r}, {diff + tq*math.sqrt(va+vb)!r}]")
print(f"z975={Z!r} samplesize(5,.95)={math.ceil(Z*Z*1/(0.05**2))}")

# UpliftEdgesTest: Welch t for {1, 2} vs {3, 5} (variances of the means 0.25 and 1.0)
v1, v2 = 0.5 / 2, 2.0 / 2
df = (v1 + v2) ** 2 / (v1 ** 2 / 1 + v2 ** 2 / 1)
print(f"welch {{1,2}} vs {{3,5}}: df={df!r} t={stats.t.ppf(0.975, df)!r}")
