// Waffle Wednesday, step by step, in JShell. Run it with:
//   examples/jshell examples/waffle-wednesday.jsh
// (examples/jshell puts cxkit on the class path and loads the imports of examples/cx.jsh.)
// Or paste it line by line into `examples/jshell` and look at each value as you go.

// 1. The model: strategy, personas and Maria's first visit, read from JSON.
var json = CxJson.defaults()
var dir = Path.of(System.getProperty("cx.examples", "examples"), "waffle-wednesday")
var model = json.readModel(dir.resolve("model.json"))
System.out.println(model)
var journey = model.journey("first-visit").orElseThrow()
System.out.println(TextReport.outline(journey))

// 2. What is legal but unwise in the design.
System.out.println(TextReport.table(model.check()))

// 3. The survey export: one row per respondent, one column per question, mapped to touchpoints.
var responses = new ArrayList<Response>()
System.out.println(WaffleWednesdaySurvey.reader().read(dir.resolve("responses.csv"), responses::add))

// 4. The journey NPS, from the overall recommendation question, with its interval.
int[] recommend = responses.stream().filter(r -> r.touchpoint().isEmpty() && r.measure().value().equals("nps")).mapToInt(Response::score).toArray()
var nps = Nps.metric().compute(recommend)
System.out.println(TextReport.table(nps))

// 5. A score for every touchpoint, against its target: where is the weakest link?
var card = Scorecard.builder(journey).model(model).minimumN(30).build().compute(responses)
System.out.println(TextReport.table(card))

// 6. The delight uplift: do delighted visitors come back more often than merely satisfied ones?
var uplift = DelightUplift.binary(Scale.CSAT).newTally()
responses.stream().filter(r -> r.touchpoint().isEmpty() && r.measure().value().equals("csat")).forEach(r -> uplift.add(r.score(), "yes".equals(r.attributes().get("returned"))))
System.out.println(TextReport.table(uplift.result()))

// 7. What visitors actually did: the event log, grouped per customer, against the design.
var visits = EventLog.builder(Grain.CUSTOMER)
System.out.println(EventCsv.builder().build().read(dir.resolve("events.csv"), visits))
var log = visits.build()
var conformance = log.journeys().stream().collect(Conformance.of(journey).collector())
System.out.println(TextReport.table(conformance))

// 8. The paths they took: directly-follows counts, variants, channel switches, drop-off.
System.out.println(TextReport.table(log.journeys().stream().collect(JourneyPaths.create().topVariants(5).collector())))

// 9. The checks that use observed data: a moment of truth that fails often, moves nobody takes.
System.out.println(TextReport.table(ModelCheck.defaults().run(model, List.of(conformance.observations()))))
