Console.WriteLine("govgraph");
