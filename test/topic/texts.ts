/**
 * Hand-written texts for the topic tests. None copies a sentence of the seeds: the on-topic ones
 * are new reporting on the same story in fresh wording; the off-topic ones are about something else
 * and mention Mexico, drugs, cartels or the administration in passing, the traps a keyword matcher
 * would fall into.
 */

/** New short articles (~150-200 words) on the story of the seeds, in wording of their own. */
export const ON_TOPIC: Record<string, string> = {
  'dea-cartels-fentanyl': `Washington and Mexico City are barely talking about drug enforcement anymore, according to current and former agents of the Drug Enforcement Administration interviewed this week.
Agents in Mexico say their Mexican partners stopped returning calls after the arrest of a former defense minister in Los Angeles two years ago. Without shared intelligence, operations against the Sinaloa and Jalisco cartels have stalled.
Meanwhile the cartels keep pressing pills laced with fentanyl in clandestine labs, using precursor chemicals shipped from China. Overdose deaths in the United States keep climbing.
"We used to run joint operations every week," one retired DEA supervisor said. "Now we find out about raids from the newspapers."
Mexican officials counter that the DEA acted behind their backs when it built a case against General Salvador Cienfuegos, who was later sent home and cleared by Mexican prosecutors.`,
  'foreign-agents-law': `Mexico's Congress has tightened the rules for foreign law enforcement agents working in the country, a move U.S. officials say has crippled the fight against drug trafficking.
Under the new law, DEA agents must report every contact with Mexican officials to the foreign ministry, and Mexican officers must file written accounts of any meeting with them. Former DEA officials describe the reporting rules as a warning to anyone who cooperates.
President Andrés Manuel López Obrador defended the law as a matter of sovereignty after the Cienfuegos affair, in which the U.S. arrested the retired general on drug charges and then dropped the case.
Since then, American investigators say, extradition requests for cartel figures have slowed, and interdiction of methamphetamine and fentanyl shipments relies on U.S. resources alone.`,
  'security-dialogue': `U.S. and Mexican security officials met in Mexico City on Friday to try to revive cooperation against the cartels that smuggle fentanyl across the border.
The talks come after months of mistrust. American agents complain that Mexican counterparts refuse to share information about traffickers for fear of retaliation from their own government, while Mexico resents DEA operations it was not told about.
The relationship soured after the arrest of former defense secretary Salvador Cienfuegos on drug trafficking charges. The Justice Department later dropped the case and returned him to Mexico, where he was exonerated.
Analysts say little will change unless both governments agree on extraditions and on joint work against the labs that turn precursor chemicals into synthetic opioids.`,
};

/** Texts about other things that mention Mexico, drugs, cartels or U.S. politics in passing. */
export const OFF_TOPIC: Record<string, string> = {
  travel: `Oaxaca has quietly become the food capital of Mexico, and a long weekend is barely enough to taste it.
Start at the Mercado 20 de Noviembre, where smoke from the grills fills the hall and cooks sell thin strips of beef to wrap in fresh tortillas. Then walk to the Templo de Santo Domingo, whose gilded chapel is worth the line.
Mezcal tastings are everywhere; the best ones are in small family distilleries an hour outside the city, where the agave roasts in pits for days.
The State Department advises travelers to check its warnings before driving between states, some of which it flags for cartel violence, but the city itself feels relaxed, and evenings on the zócalo are full of families, balloon sellers and marimba bands.
Flights from Mexico City take an hour; from the United States, several airlines now fly direct from Houston and Los Angeles.`,
  sports: `Mexico's national team came from behind to beat Jamaica 2-1 on Thursday night, keeping its hopes of topping the group alive.
Jamaica took the lead in the 20th minute when a long throw dropped to their striker at the far post. Mexico pressed for the rest of the half but found the goalkeeper in fine form.
The equalizer came early in the second half, a header from a corner, and the winner ten minutes from time after a quick exchange on the left wing.
Midfielder Luis Romo, back in the squad after serving a suspension for a failed drug test last season, was named man of the match.
The coach praised the crowd at Estadio Azteca and said the team would rest several players before Sunday's game against Canada, with the top two places in the group at stake.`,
  politics: `The Biden administration on Tuesday asked Congress for an additional $20 billion in emergency funding for disaster relief and wildfire recovery, setting up another fight over spending before the end of the fiscal year.
The request comes as the House and Senate remain divided over the budget. Republican leaders said they would not approve new spending without cuts elsewhere, while Democrats accused them of holding disaster victims hostage.
Separately, the attorney general told reporters that the Justice Department would review its guidance on voting rights before next year's elections, and named a new head of its civil rights division.
White House officials said the president would travel to California next week to visit communities hit by the fires and to meet with state and local leaders about rebuilding.`,
  'drug-prices': `Medicare will negotiate the prices of ten prescription drugs for the first time, the administration announced Tuesday, in a move officials said could save older Americans billions of dollars a year.
The list includes blood thinners, diabetes treatments and a drug for heart failure. Pharmaceutical companies have sued to block the negotiations, arguing that the law forces them to sell drugs below their value.
Health officials said the lower prices would take effect in two years and that more drugs would be added to the list each year. Patient groups welcomed the decision but said out-of-pocket costs remain too high for many people.
The president called the announcement a turning point, while industry groups warned that price controls would slow the development of new medicines.`,
  'auto-plants': `Automakers are expanding their factories in Mexico as they race to build more electric vehicles near their U.S. customers.
Tesla, General Motors and BMW have all announced new investments in the northern states of Nuevo León and San Luis Potosí, attracted by lower labor costs and trade rules that favor cars assembled in North America.
Mexican officials say the boom will create tens of thousands of jobs, though local business groups warn that water shortages and an unreliable power grid could slow it down.
Trucks carrying parts already wait for hours at the border crossings in Laredo, and shippers are asking both governments to invest in roads and inspection stations.`,
  immigration: `Thousands of migrants waited on the Mexican side of the border on Wednesday as a new asylum rule took effect, with shelters in Ciudad Juárez and Tijuana filled beyond capacity.
Under the rule, most people who cross without first seeking protection in another country will be presumed ineligible for asylum. Immigration lawyers said they would challenge it in court.
Border Patrol officials reported fewer crossings than expected in the first days, which they credited to appointments made through a phone app. Aid groups said many families could not get an appointment and were sleeping in the streets.
The administration said it would expand legal pathways for workers from Central America while enforcing the new limits.`,
};

/**
 * A second corpus on another subject: five short encyclopedia-style texts on computer-science
 * topics (the subjects of the Clough & Stevenson plagiarism corpus), written for these tests.
 */
export const CS_CORPUS: Record<string, string> = {
  'dynamic-programming': `Dynamic programming is a method for solving complex problems by breaking them down into simpler subproblems. It applies when a problem has overlapping subproblems and optimal substructure.
Instead of solving the same subproblem many times, a dynamic programming algorithm solves each subproblem once and stores its result in a table, a technique called memoization when done top-down.
The bottom-up approach fills the table starting from the smallest subproblems, so that each entry can be computed from entries already known.
Classic examples include computing Fibonacci numbers, the longest common subsequence of two strings, the knapsack problem and shortest paths in a graph with the Bellman-Ford algorithm.
The term was coined by Richard Bellman in the 1950s. The running time of a dynamic programming algorithm is usually the number of subproblems times the work per subproblem.`,
  'bayes-theorem': `Bayes' theorem describes the probability of an event based on prior knowledge of conditions that might be related to the event. It relates the conditional probability of A given B to the conditional probability of B given A.
In its simplest form the theorem states that the posterior probability equals the likelihood times the prior probability, divided by the probability of the evidence.
Bayesian inference uses the theorem to update the probability of a hypothesis as more evidence becomes available. The prior distribution expresses belief before the data; the posterior distribution expresses belief after it.
A common example is medical testing: even an accurate test for a rare disease produces many false positives, because the prior probability of having the disease is low.
The theorem is named after Thomas Bayes, whose work was published after his death, and was developed further by Pierre-Simon Laplace.`,
  inheritance: `In object-oriented programming, inheritance is the mechanism by which one class acquires the properties and methods of another. The class that inherits is called the subclass or derived class; the class it inherits from is the superclass or base class.
Inheritance supports code reuse: a subclass can use the methods of its superclass, override some of them, and add new fields and methods of its own.
Languages differ in how much inheritance they allow. Java and C# allow a class to inherit from a single superclass but to implement many interfaces, while C++ and Python support multiple inheritance.
Inheritance creates an is-a relationship between classes and enables polymorphism: an object of a subclass can be used wherever an object of its superclass is expected.
Critics note that deep class hierarchies are fragile, and many designers prefer composition over inheritance.`,
  pagerank: `PageRank is an algorithm used by Google Search to rank web pages in its search results. It was developed by Larry Page and Sergey Brin at Stanford University in 1996.
PageRank measures the importance of a web page by counting the number and quality of links to it. The underlying assumption is that more important pages are likely to receive more links from other pages.
The algorithm models a random surfer who follows links at random and occasionally jumps to a random page; the damping factor, usually set to 0.85, is the probability of following a link.
The PageRank of a page is the probability that the random surfer is on that page, which is the stationary distribution of a Markov chain over the link graph. It can be computed by power iteration.
Link spam and link farms try to manipulate PageRank, and search engines combine it with many other ranking signals.`,
  'vector-space-model': `The vector space model represents text documents as vectors of terms in a high-dimensional space. It is used in information retrieval, document ranking and relevance scoring.
Each dimension corresponds to a term of the vocabulary. The weight of a term in a document is commonly computed with tf-idf: the term frequency in the document times the inverse document frequency across the collection.
A query is represented as a vector in the same space, and documents are ranked by their similarity to the query, usually the cosine of the angle between the two vectors.
The model is simple and allows partial matching and ranking by degree of similarity, but it assumes that terms are independent and loses the order of words.
It was developed by Gerard Salton and colleagues for the SMART information retrieval system in the 1960s and 1970s.`,
};

/** New short answers on subjects of the CS corpus, written apart from it. */
export const CS_ON_TOPIC: Record<string, string> = {
  'dp-answer': `Dynamic programming speeds up recursive algorithms whose subproblems repeat. Rather than recomputing a subproblem every time the recursion reaches it, the algorithm keeps each answer in a table and looks it up later. For this to work the problem needs optimal substructure, meaning an optimal solution can be assembled from optimal solutions of its subproblems. The edit distance between two strings is a good example: the table has one entry per pair of prefixes, and each entry depends only on three neighbouring entries, so the whole table is filled in time proportional to the product of the string lengths. Memoization gives the same result top-down by caching the results of recursive calls.`,
  'inheritance-answer': `Inheritance lets a programmer define a new class in terms of an existing one. The derived class automatically has the fields and methods of its base class and can override methods to change their behaviour. For example, a Shape superclass might define an area method that each subclass such as Circle or Square overrides. Because a subclass object is also an instance of the superclass, code written for the base class works with every derived class, which is the basis of polymorphism in object-oriented languages like Java and Python.`,
};
