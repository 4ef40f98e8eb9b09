/// Policy `.narrative` (histories, biographies): relative expressions count from the time
/// mentioned last, and a date without a year moves the story forward from it.
enum NarrativeExamples {
    static let all: [Example] = [
        Example.narrative("The fort fell in 1862. Last year, it had been rebuilt.", on: "2025-06-26", "Last year", "1861", count: 2),
        Example.narrative("The company was founded in 1903. The following year, it built its first car.", on: "2024-02-29", "The following year", "1904", count: 2),
        Example.narrative("Napoleon returned to Paris in March 1815. Last year, he had been exiled.", on: "2024-02-29", "Last year", "1814", count: 2),
        Example.narrative("The army reached the river in May 1863. Next month, it crossed.", on: "2024-02-29", "Next month", "1863-06", count: 2),
        Example.narrative("The expedition set out in March 1845. In July, it reached the Arctic.", on: "2024-02-29", "July", "1845-07", count: 2),
        Example.narrative("The revolution came in October 1917. In January, the assembly was dissolved.", on: "2024-02-29", "January", "1918-01", count: 2),
        Example.narrative("The siege began on Sept. 8, 1941. By Nov. 20, food had run out.", on: "2024-02-29", "Nov. 20", "1941-11-20", count: 2),
        Example.narrative("The dam was finished in 1936. This year, it also began to generate power.", on: "2024-02-29", "This year", "1936", count: 2),
        Example.narrative("The regiment camped by the river in December 1777. In the spring, it marched north.", on: "2024-02-29", "the spring", "1778-SP", count: 2),
        Example.narrative("The town was founded in 1790. In May, the first houses went up.", on: "2024-02-29", "May", "1790-05", count: 2),
        Example.narrative("The army crossed the river in December 1776. On Christmas, it attacked.", on: "2024-02-29", "Christmas", "1776-12-25", count: 2),
        Example.narrative("The bridge opened on June 1, 1883. Three days later, a stampede killed twelve.", on: "2024-02-29", "Three days later", "1883-06-04", count: 2),
        Example.narrative("By June 1940 the army had retreated. Last month, it had held the line.", on: "2024-02-29", "Last month", "1940-05", count: 2),
        Example.narrative("The treaty was signed in 1648. The war had begun 30 years earlier.", on: "2024-02-29", "30 years earlier", "1618", count: 2),
        Example.narrative("The queen was crowned in June 1953. That year, the summit of Everest was reached.", on: "2024-02-29", "That year", "1953", count: 2),
        Example.narrative("The railroad reached the town in 1869. Next year, a bank opened.", on: "2024-02-29", "Next year", "1870", count: 2),
        Example.narrative("The mine opened in 1850. A decade later, the town had doubled.", on: "2024-02-29", "A decade later", "186", count: 2),
        Example.narrative("The convention met in May 1787. In September, the delegates signed.", on: "2024-02-29", "September", "1787-09", count: 2),
        Example.narrative("The fire broke out on Oct. 8, 1871. On Oct. 10, rain finally fell.", on: "2024-02-29", "Oct. 10", "1871-10-10", count: 2),
        Example.narrative("The general arrived in November 1864. In December, he reached the sea.", on: "2024-02-29", "December", "1864-12", count: 2),
        Example.narrative("Work began in the summer of 1931. The next year, the tower was done.", on: "2024-02-29", "The next year", "1932", count: 2),
        Example.narrative("The new government sat on March 4, 1789. The next week, the House began its work.", on: "2024-02-29", "The next week", "1789-W11", count: 2),
        Example.narrative("The colony was founded in 1607. Two years later, it nearly starved.", on: "2024-02-29", "Two years later", "1609", count: 2),
    ]
}
